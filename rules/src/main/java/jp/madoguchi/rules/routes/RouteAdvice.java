package jp.madoguchi.rules.routes;

import java.util.List;

/** The routes open to the resident and the one to recommend (null: no application to make). */
public record RouteAdvice(Route recommended, List<Route> open) {
    public static final RouteAdvice NONE = new RouteAdvice(null, List.of());
    /** Procedures on a card the resident keeps happen only at the municipal counter. */
    public static final RouteAdvice COUNTER_ONLY = new RouteAdvice(Route.D, List.of(Route.D));

    public RouteAdvice {
        open = List.copyOf(open);
    }
}
