package cutover.importers.mfaserver;

import cutover.core.mfaserver.MfaServerUser;

/** Turns one data line of an export into a user. Instances are not thread-safe; {@link #copy()} makes another. */
interface LineDecoder {

    /**
     * Decodes {@code bytes[start..end)}, one line without its terminator.
     *
     * @throws LineRejectedException saying what is wrong with the line
     */
    MfaServerUser decode(byte[] bytes, int start, int end) throws LineRejectedException;

    /** An independent decoder with the same configuration (for example the same column order), for another thread. */
    LineDecoder copy();
}
