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
 * a number moving to another type is added, then the old method deleted, and the number of the user's default
 * method in Entra ID is never deleted.
 */
final class GraphPhoneRules {

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
            out.skip(RuleId.GRAPH_ALTERNATE_NEEDS_MOBILE, "backup phone " + alternate.graphNumber()
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
        PhoneType defaultSlot = slotOf(defaultAfter);
        for (EntraPhoneMethod current : entra.phones()) {
            PhoneType type = current.type();
            PhonePlacement moved = slots.containsKey(type) ? null : placementOf(slots, current.phoneNumber());
            if (moved == null) {
                continue;
            }
            if (type == defaultSlot) {
                out.skip(RuleId.GRAPH_DEFAULT_NUMBER_KEPT, "the " + type.graphName() + " method "
                        + current.phoneNumber() + " is not deleted although the number now is the "
                        + moved.type().graphName() + " phone: it is the number of the user's default method in "
                        + "Entra ID (" + defaultAfter.graphName() + "), which Graph does not delete; delete it once "
                        + "the default method has changed");
            } else {
                out.write(GraphOperation.deletePhone(type), null, RuleId.GRAPH_TYPE_CHANGE_ADD_DELETE,
                        "the number " + current.phoneNumber() + " moves from " + type.graphName() + " to "
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
        String what = number + " as " + type.graphName() + ": " + placement.why();
        if (current != null && current.phoneNumber().equals(number)) {
            out.skip(placement.rule(), "Entra ID already has " + what + "; nothing to write");
        } else if (current != null) {
            out.write(GraphOperation.updatePhone(type), "phoneNumber=" + number, placement.rule(), what
                    + "; it replaces " + current.phoneNumber() + " (Entra ID keeps one number per phone type)");
        } else {
            PhoneType from = otherSlotHolding(entra, number, type);
            String body = "phoneType=" + type.graphName() + ", phoneNumber=" + number;
            if (from != null && !slots.containsKey(from)) {
                out.write(GraphOperation.ADD_PHONE, body, RuleId.GRAPH_TYPE_CHANGE_ADD_DELETE, what
                        + "; Entra ID has the number as " + from.graphName() + ", and a phone method cannot change "
                        + "its type, so it is added as " + type.graphName() + " first");
            } else {
                out.write(GraphOperation.ADD_PHONE, body, placement.rule(), what);
            }
        }
    }

    private static boolean hasMobileAfter(EnumMap<PhoneType, PhonePlacement> slots, EntraUser entra) {
        if (slots.containsKey(PhoneType.MOBILE)) {
            return true;
        }
        EntraPhoneMethod mobile = entra.phone(PhoneType.MOBILE);
        // the mobile would be deleted if its number moves to the alternate or office slot
        return mobile != null && placementOf(slots, mobile.phoneNumber()) == null;
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

    /** The phone slot whose number the default method uses, or null for push and OATH. */
    static PhoneType slotOf(EntraMethod method) {
        if (method == null) {
            return null;
        }
        return switch (method) {
            case VOICE_MOBILE, SMS -> PhoneType.MOBILE;
            case VOICE_ALTERNATE_MOBILE -> PhoneType.ALTERNATE_MOBILE;
            case VOICE_OFFICE -> PhoneType.OFFICE;
            case PUSH, OATH -> null;
        };
    }
}
