package cutover.core.plan;

import cutover.core.tenant.PhoneType;

/**
 * Where a sync rule puts one MFA Server phone in Entra ID.
 *
 * @param type the Entra phone slot
 * @param graphNumber the number as Graph writes it, for example {@code +1 4255550100x12}
 * @param rule the sync rule that chose the slot
 * @param why the rule's reasoning for this phone, in words
 */
record PhonePlacement(PhoneType type, String graphNumber, RuleId rule, String why) {
}
