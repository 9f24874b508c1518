package jp.madoguchi.rules.local;

/** A place in the municipality where residents get help with the card. */
public record Counter(LocalText name, LocalText note) {
}
