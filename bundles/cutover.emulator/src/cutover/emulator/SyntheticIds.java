package cutover.emulator;

import java.util.SplittableRandom;
import java.util.UUID;

/** Random-looking but reproducible ids for synthetic tenants. */
final class SyntheticIds {

    private SyntheticIds() {
    }

    /** A version 4 UUID made of the next two numbers of the random source. */
    static String uuid(SplittableRandom random) {
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
