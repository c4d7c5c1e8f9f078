package cutover.core.plan;

import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.PhoneType;
import java.util.EnumMap;
import java.util.EnumSet;

/**
 * Turns the phone slots chosen by {@link PhoneRules} into Graph requests within Graph's constraints: one number per
 * type (same number: nothing to do; other number: update), {@code alternateMobile} only next to a {@code mobile},
 * a number moving to another type is added, then the old method deleted, the number of the user's default
 * method in Entra ID is never deleted, and neither is a mobile while an alternate mobile stays.
 */
final class GraphPhoneRules {

    /** An alternate mobile goes before the mobile it depends on. */
    private static final PhoneType[] DELETE_ORDER = {PhoneType.ALTERNATE_MOBILE, PhoneType.OFFICE, PhoneType.MOBILE};

    private GraphPhoneRules() {
    }

    /**
     * Adds the phone writes and returns the slots the user will have filled afterwards, counting a slot whose
     * number moves to another type as gone: {@link #deleteMovedNumbers} deletes it later unless the default method
     * still needs it.
     *
     * @param slots where the sync rules put the phones; the alternate mobile slot is removed when it cannot be written
     */
    static EnumSet<PhoneType> apply(EnumMap<PhoneType, PhonePlacement> slots, EntraUser entra, UserActions out) {
        PhonePlacement alternate = slots.get(PhoneType.ALTERNATE_MOBILE);
        if (alternate != null && !hasMobileAfter(slots, entra)) {
            slots.remove(PhoneType.ALTERNATE_MOBILE);
            out.skip(RuleId.GRAPH_ALTERNATE_NEEDS_MOBILE, () -> "backup phone " + alternate.graphNumber()
                    + " is not written as alternateMobile: the user will have no mobile phone in Entra ID, and "
                    + "Entra ID accepts an alternate mobile only next to a mobile");
        }
        for (PhonePlacement placement : slots.values()) {
            writeSlot(placement, entra, slots, out);
        }
        EnumSet<PhoneType> after = EnumSet.noneOf(PhoneType.class);
        after.addAll(slots.keySet());
        for (EntraPhoneMethod current : entra.phones()) {
            if (!slots.containsKey(current.type()) && placementOf(slots, current.phoneNumber()) == null) {
                after.add(current.type());
            }
        }
        if (existingMobileKept(slots, entra)) {
            after.add(PhoneType.MOBILE);
        }
        return after;
    }

    /**
     * Deletes the Entra phone methods whose number moved to another type, after everything else of the user has
     * been written, so that a default method moving away from the old number no longer blocks its deletion.
     *
     * @param defaultAfter the user's default method in Entra ID once the plan's writes are done, or null
     */
    static void deleteMovedNumbers(EnumMap<PhoneType, PhonePlacement> slots, EntraUser entra,
            EntraMethod defaultAfter, UserActions out) {
        PhoneType defaultSlot = defaultAfter == null ? null : defaultAfter.phoneType();
        boolean alternateRemains = existingAlternateRemains(slots, entra)
                || (defaultSlot == PhoneType.ALTERNATE_MOBILE && entra.phone(PhoneType.ALTERNATE_MOBILE) != null);
        for (PhoneType type : DELETE_ORDER) {
            EntraPhoneMethod current = entra.phone(type);
            PhonePlacement moved = current == null || slots.containsKey(type) ? null
                    : placementOf(slots, current.phoneNumber());
            if (moved == null) {
                continue;
            }
            if (type == PhoneType.MOBILE && alternateRemains) {
                out.skip(RuleId.GRAPH_ALTERNATE_NEEDS_MOBILE, () -> "the mobile method " + current.phoneNumber()
                        + " is not deleted although the number now is the " + moved.type().graphName()
                        + " phone: the user keeps an alternate mobile phone in Entra ID, which Entra ID accepts only "
                        + "next to a mobile");
            } else if (type == defaultSlot) {
                out.skip(RuleId.GRAPH_DEFAULT_NUMBER_KEPT, () -> "the " + type.graphName() + " method "
                        + current.phoneNumber() + " is not deleted although the number now is the "
                        + moved.type().graphName() + " phone: it is the number of the user's default method in "
                        + "Entra ID (" + defaultAfter.graphName() + "), which Graph does not delete; delete it once "
                        + "the default method has changed");
            } else {
                out.write(GraphOperation.deletePhone(type), null, RuleId.GRAPH_TYPE_CHANGE_ADD_DELETE,
                        () -> "the number " + current.phoneNumber() + " moves from " + type.graphName() + " to "
                                + moved.type().graphName() + "; a phone method cannot change its type, so the old "
                                + type.graphName() + " method is deleted after the new one is added");
            }
        }
    }

    private static void writeSlot(PhonePlacement placement, EntraUser entra,
            EnumMap<PhoneType, PhonePlacement> slots, UserActions out) {
        PhoneType type = placement.type();
        String number = placement.graphNumber();
        EntraPhoneMethod current = entra.phone(type);
        if (current != null && current.phoneNumber().equals(number)) {
            out.skip(placement.rule(), () -> "Entra ID already has " + what(placement) + "; nothing to write");
        } else if (current != null) {
            out.write(GraphOperation.updatePhone(type), "phoneNumber=" + number, placement.rule(), () -> what(placement)
                    + "; it replaces " + current.phoneNumber() + " (Entra ID keeps one number per phone type)");
        } else {
            PhoneType from = otherSlotHolding(entra, number, type);
            String body = "phoneType=" + type.graphName() + ", phoneNumber=" + number;
            if (from != null && !slots.containsKey(from)) {
                out.write(GraphOperation.ADD_PHONE, body, RuleId.GRAPH_TYPE_CHANGE_ADD_DELETE, () -> what(placement)
                        + "; Entra ID has the number as " + from.graphName() + ", and a phone method cannot change "
                        + "its type, so it is added as " + type.graphName() + " first");
            } else {
                out.write(GraphOperation.ADD_PHONE, body, placement.rule(), () -> what(placement));
            }
        }
    }

    private static String what(PhonePlacement placement) {
        return placement.graphNumber() + " as " + placement.type().graphName() + ": " + placement.why();
    }

    private static boolean hasMobileAfter(EnumMap<PhoneType, PhonePlacement> slots, EntraUser entra) {
        return slots.containsKey(PhoneType.MOBILE) || existingMobileKept(slots, entra);
    }

    /**
     * Whether the Entra mobile method stays although the rules fill no mobile slot: its number is not moving to
     * another slot, or it is but an alternate mobile stays in Entra ID and needs it.
     */
    private static boolean existingMobileKept(EnumMap<PhoneType, PhonePlacement> slots, EntraUser entra) {
        EntraPhoneMethod mobile = entra.phone(PhoneType.MOBILE);
        if (mobile == null || slots.containsKey(PhoneType.MOBILE)) {
            return false;
        }
        return placementOf(slots, mobile.phoneNumber()) == null || existingAlternateRemains(slots, entra);
    }

    /** Whether the Entra alternate mobile method stays: it is written over, or its number is not moving away. */
    private static boolean existingAlternateRemains(EnumMap<PhoneType, PhonePlacement> slots, EntraUser entra) {
        EntraPhoneMethod alternate = entra.phone(PhoneType.ALTERNATE_MOBILE);
        return alternate != null && (slots.containsKey(PhoneType.ALTERNATE_MOBILE)
                || placementOf(slots, alternate.phoneNumber()) == null);
    }

    private static PhoneType otherSlotHolding(EntraUser entra, String number, PhoneType except) {
        for (EntraPhoneMethod phone : entra.phones()) {
            if (phone.type() != except && phone.phoneNumber().equals(number)) {
                return phone.type();
            }
        }
        return null;
    }

    private static PhonePlacement placementOf(EnumMap<PhoneType, PhonePlacement> slots, String number) {
        for (PhonePlacement placement : slots.values()) {
            if (placement.graphNumber().equals(number)) {
                return placement;
            }
        }
        return null;
    }
}
