package cutover.core.plan;

/**
 * The words of a plan action's reason, put together only when someone reads them. A plan of half a million users
 * holds nearly two million reasons; built up front they would be most of the plan's memory and much of the time
 * to plan it. An implementation only captures values the action's user already holds.
 */
@FunctionalInterface
interface Reason {

    String text();
}
