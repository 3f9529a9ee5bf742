package dev.chatdesk.models.onnx;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads the protobuf wire format from a buffer, field by field, without a schema: enough to walk
 * an ONNX {@code ModelProto}. Length-delimited fields come back as slices of the same buffer, so
 * large tensors are never copied. Not thread-safe.
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final ByteBuffer buffer;
    private int tag;

    ProtoReader(ByteBuffer buffer) {
        this.buffer = buffer.slice();
    }

    /** Moves to the next field; false at the end of the message. */
    boolean next() {
        if (!buffer.hasRemaining()) {
            return false;
        }
        tag = (int) readVarint();
        return true;
    }

    /** True while unread bytes remain (for packed repeated fields). */
    boolean hasRemaining() {
        return buffer.hasRemaining();
    }

    int field() {
        return tag >>> 3;
    }

    int wireType() {
        return tag & 7;
    }

    long varint() {
        return readVarint();
    }

    ByteBuffer bytes() {
        int length = Math.toIntExact(readVarint());
        ByteBuffer slice = buffer.slice(buffer.position(), length);
        buffer.position(buffer.position() + length);
        return slice;
    }

    String string() {
        ByteBuffer slice = bytes();
        byte[] chars = new byte[slice.remaining()];
        slice.get(chars);
        return new String(chars, StandardCharsets.UTF_8);
    }

    void skip() {
        switch (wireType()) {
            case VARINT -> readVarint();
            case FIXED64 -> buffer.position(buffer.position() + 8);
            case LENGTH_DELIMITED -> bytes();
            case FIXED32 -> buffer.position(buffer.position() + 4);
            default -> throw new IllegalStateException("unsupported protobuf wire type " + wireType());
        }
    }

    private long readVarint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = buffer.get();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalStateException("malformed protobuf varint");
    }
}
