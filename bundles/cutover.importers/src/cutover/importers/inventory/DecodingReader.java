package cutover.importers.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes strictly: a byte sequence that is not valid in the encoding ends the read with a
 * {@link BadEncodingException} naming the line it is on, instead of turning into replacement characters that
 * would make a secret-free export look different from what the server wrote.
 */
final class DecodingReader extends Reader {

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    /** Line feeds among the characters decoded so far, delivered or not. */
    private long lineFeeds;
    private boolean endOfInput;

    DecodingReader(InputStream in, TextEncoding encoding) throws IOException {
        this.in = in;
        this.charset = encoding.charset();
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        in.skipNBytes(encoding.skip());
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (endOfInput) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read > 0) {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        boolean last = read < 0;
        int start = chars.position();
        CoderResult result = decoder.decode(bytes, chars, last);
        countLineFeeds(start, chars.position());
        if (result.isError()) {
            if (last && result.length() >= bytes.remaining()) {
                throw truncated();
            }
            throw problem(result);
        }
        if (last) {
            if (decoder.flush(chars).isError() || bytes.hasRemaining()) {
                throw truncated();
            }
            endOfInput = true;
        }
        chars.flip();
    }

    private void countLineFeeds(int from, int to) {
        char[] array = chars.array();
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                lineFeeds++;
            }
        }
    }

    private BadEncodingException truncated() {
        return new BadEncodingException(lineFeeds + 1, "the file ends in the middle of a " + charset.name()
                + " character; it is probably truncated");
    }

    private BadEncodingException problem(CoderResult result) {
        long line = lineFeeds + 1;
        if (charset.equals(StandardCharsets.UTF_8)) {
            int bad = bytes.get(bytes.position()) & 0xFF;
            return new BadEncodingException(line, String.format("the file is not valid UTF-8 (byte 0x%02X); it was "
                    + "probably saved in a Windows code page (ANSI). Save it as UTF-8 or UTF-16, or collect it again "
                    + "with -Encoding utf8", bad));
        }
        if (charset.name().startsWith("UTF-16")) {
            return new BadEncodingException(line, "the file is not valid " + charset.name()
                    + " (a broken surrogate pair); it is damaged");
        }
        return new BadEncodingException(line, "the file contains bytes that are not valid " + charset.name()
                + " (" + result + ")");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
