package jp.madoguchi.rules.routes;

/** Things to bring or have ready. Stable codes; the kiosk translates and prints them. */
public enum ChecklistItem {
    /** Identity documents as the counter or the issuance notice lists them. */
    IDENTITY_DOCUMENT,
    RESIDENCE_CARD,
    /** Replaces RESIDENCE_CARD for special permanent residents. */
    SPECIAL_PERMANENT_RESIDENT_CERTIFICATE,
    HANDWRITTEN_FORM,
    /** A printed photo, 4.5 cm tall by 3.5 cm wide, for the mail route. */
    PRINTED_PHOTO,
    REISSUE_FEE,
    MY_NUMBER_CARD,
    NEW_RESIDENCE_CARD,
    /** Residence card stamped "application in process", or the online system's acceptance email. */
    PROOF_OF_PENDING_RENEWAL,
    /** The resident enters the card's PINs themselves at the counter; the kiosk never asks for them. */
    KNOW_CARD_PINS,
    EXPIRY_NOTICE_IF_RECEIVED,
    /** The issuance notice postcard (交付通知書); a lost one can be reissued by the municipality. */
    ISSUANCE_NOTICE,
    /** Decide the new PINs before pickup (see the PIN rules). */
    DECIDE_PINS,
    RESERVE_PICKUP
}
