package jp.madoguchi.devices.api;

/** What the booth lights show; each step of the flow picks one. */
public enum LightScene {
    OFF,
    /** Slow pulse inviting passers-by. */
    ATTRACT,
    /** Soft even light while the resident reads and taps. */
    GUIDE,
    /** Bright, even, shadow-free light on the face for the photo. */
    PHOTO,
    /** Calm green: finished, take your papers. */
    DONE,
    /** Amber: something needs staff or the resident's attention. */
    ATTENTION,
    /** A resident called staff and is waiting: a beacon staff can see across the counter. */
    CALL
}
