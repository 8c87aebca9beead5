package dev.parallax.exchange.imports;

import dev.parallax.common.ApiException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that names the line of the first byte that is not UTF-8. */
final class Utf8 {

    private Utf8() {
    }

    static String decode(byte[] data, String what) {
        int skip = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, skip, data.length - skip);
        CharBuffer out = CharBuffer.allocate(data.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (data[i] == '\n') {
                    line++;
                }
            }
            throw ApiException.badRequest("Wrong encoding", what + " is not UTF-8 (line " + line
                    + " holds a byte that is not UTF-8): save it as UTF-8 (\"CSV UTF-8\" in Excel) and import it again.");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
