package jp.madoguchi.rules.phrases;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.rules.data.DataNode;

/** Every phrase card's text; loading fails unless each card has Japanese, romaji and English. */
public record PhraseBook(Map<PhraseCard, PhraseText> cards) {
    private static final List<String> REQUIRED = List.of(PhraseText.JAPANESE, PhraseText.ROMAJI, PhraseText.ENGLISH);

    public PhraseBook {
        cards = Map.copyOf(cards);
    }

    public static PhraseBook read(DataNode root) {
        Map<PhraseCard, PhraseText> cards = new EnumMap<>(PhraseCard.class);
        root.members().forEach((code, card) -> {
            PhraseCard phrase;
            try {
                phrase = PhraseCard.valueOf(code);
            } catch (IllegalArgumentException e) {
                throw root.fail(code, "unknown phrase card");
            }
            card.allowOnly("text", "source", "as_of");
            DataNode text = card.object("text");
            Map<String, String> byLanguage = text.textMembers();
            for (String tag : REQUIRED) {
                text.text(tag); // fails naming the card and language when one is missing
            }
            cards.put(phrase, new PhraseText(byLanguage, card.provenance()));
        });
        for (PhraseCard phrase : PhraseCard.values()) {
            if (!cards.containsKey(phrase)) {
                throw root.fail(phrase.name(), "missing");
            }
        }
        return new PhraseBook(cards);
    }

    public PhraseText text(PhraseCard card) {
        return cards.get(card);
    }
}
