#!/usr/bin/env python3
"""Writes a tiny BERT-like encoder as a TorchScript archive, without PyTorch.

The test fixture of "bring your own encoder": a user's encoder arrives as a TorchScript
`model.pt` that `torch.jit.save` wrote. PyTorch is not installed where Chatdesk is built, so
this script writes the same archive by hand, in the layout libtorch reads
(torch/csrc/jit/serialization/import.cpp):

    tiny_encoder/version                         the archive format version, in ASCII
    tiny_encoder/code/__torch__/tiny_encoder.py  the module's class, in TorchScript source
    tiny_encoder/data.pkl                        the module object (pickle protocol 2), whose
                                                 tensors point at storages by persistent id
    tiny_encoder/constants.pkl                   the tensor constants of the code (none)
    tiny_encoder/data/0 .. 5                     the storages, raw little-endian float32

The network (hidden size 16), for token ids and an attention mask [batch, tokens], returns
(hidden, pooled) as a HuggingFace BERT traced with torchscript=True does:

    embedded = word_embeddings[ids % 512] + position_embeddings[0 .. tokens-1]
    context  = mean of embedded over the real tokens (mask 1), per sequence
    hidden   = tanh((embedded + context) @ dense_weight^T + dense_bias) * mask
    pooled   = tanh(hidden[:, 0] @ pooler_weight^T + pooler_bias)

The word-piece ids are hashed into 512 rows so the file stays small (about 40 KB) with any
vocabulary. Storages, in key order: word_embeddings [512, 16], position_embeddings [64, 16],
dense_weight [16, 16], dense_bias [16], pooler_weight [16, 16], pooler_bias [16]. The values
come from a fixed generator, so every run writes the same bytes.

Usage: write_tiny_torchscript.py OUTPUT_FILE
"""
import random
import struct
import sys
import zipfile

ARCHIVE = "tiny_encoder"
QUALIFIER = "__torch__.tiny_encoder"
CLASS = "TinyEncoder"
HIDDEN = 16
BUCKETS = 512
POSITIONS = 64
# Format 3 reads the pickled module (data.pkl) and the code as libtorch 1.x and 2.x do.
FORMAT_VERSION = "3\n"

CODE = f"""class {CLASS}(Module):
  __parameters__ = ["word_embeddings", "position_embeddings", "dense_weight", "dense_bias", "pooler_weight", "pooler_bias", ]
  __buffers__ = []
  word_embeddings : Tensor
  position_embeddings : Tensor
  dense_weight : Tensor
  dense_bias : Tensor
  pooler_weight : Tensor
  pooler_bias : Tensor
  training : bool
  def forward(self: {QUALIFIER}.{CLASS},
    input_ids: Tensor,
    attention_mask: Tensor) -> Tuple[Tensor, Tensor]:
    buckets = torch.remainder(input_ids, {BUCKETS})
    positions = torch.arange(torch.size(input_ids, 1))
    words = torch.embedding(self.word_embeddings, buckets)
    embedded = torch.add(words, torch.embedding(self.position_embeddings, positions))
    mask = torch.unsqueeze(torch.type_as(attention_mask, embedded), -1)
    summed = torch.sum(torch.mul(embedded, mask), [1], True)
    counts = torch.clamp_min(torch.sum(mask, [1], True), 1.)
    context = torch.mul(summed, torch.reciprocal(counts))
    dense = torch.linear(torch.add(embedded, context), self.dense_weight, self.dense_bias)
    hidden = torch.mul(torch.tanh(dense), mask)
    first = torch.select(hidden, 1, 0)
    pooled = torch.tanh(torch.linear(first, self.pooler_weight, self.pooler_bias))
    return (hidden, pooled)
"""


class Pickle:
    """The few pickle (protocol 2) opcodes that TorchScript's own pickler writes."""

    def __init__(self):
        self.out = bytearray(b"\x80\x02")

    def op(self, code):
        self.out += code
        return self

    def global_(self, module, name):
        return self.op(b"c" + module.encode() + b"\n" + name.encode() + b"\n")

    def string(self, text):
        data = text.encode()
        return self.op(b"X" + struct.pack("<I", len(data)) + data)

    def int_(self, value):
        return self.op(b"J" + struct.pack("<i", value))

    def bool_(self, value):
        return self.op(b"\x88" if value else b"\x89")

    def int_tuple(self, values):
        self.op(b"(")
        for v in values:
            self.int_(v)
        return self.op(b"t")

    def tensor(self, key, shape):
        """A float32 tensor over storage `data/<key>`, contiguous, as _rebuild_tensor_v2 takes it."""
        numel = 1
        for d in shape:
            numel *= d
        strides = [1] * len(shape)
        for i in range(len(shape) - 2, -1, -1):
            strides[i] = strides[i + 1] * shape[i + 1]
        self.global_("torch._utils", "_rebuild_tensor_v2").op(b"(")
        # persistent id: ('storage', torch.FloatStorage, key, location, numel)
        self.op(b"(").string("storage").global_("torch", "FloatStorage")
        self.string(key).string("cpu").int_(numel).op(b"t").op(b"Q")
        self.int_(0).int_tuple(shape).int_tuple(strides).bool_(False)
        self.global_("collections", "OrderedDict").op(b")").op(b"R")
        return self.op(b"t").op(b"R")

    def bytes(self):
        return bytes(self.out + b".")


def floats(count, rng, scale):
    return [rng.uniform(-scale, scale) for _ in range(count)]


def main(path):
    rng = random.Random(20240611)
    parameters = [
        ("word_embeddings", [BUCKETS, HIDDEN], floats(BUCKETS * HIDDEN, rng, 1.0)),
        ("position_embeddings", [POSITIONS, HIDDEN], floats(POSITIONS * HIDDEN, rng, 0.1)),
        ("dense_weight", [HIDDEN, HIDDEN], floats(HIDDEN * HIDDEN, rng, 0.5)),
        ("dense_bias", [HIDDEN], floats(HIDDEN, rng, 0.1)),
        ("pooler_weight", [HIDDEN, HIDDEN], floats(HIDDEN * HIDDEN, rng, 0.5)),
        ("pooler_bias", [HIDDEN], floats(HIDDEN, rng, 0.1)),
    ]
    module = Pickle().global_(QUALIFIER, CLASS).op(b")").op(b"\x81").op(b"}").op(b"(")
    for key, (name, shape, _) in enumerate(parameters):
        module.string(name).tensor(str(key), shape)
    module.string("training").bool_(False).op(b"u").op(b"b")
    constants = Pickle().op(b")")

    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        def record(name, data):
            # A fixed timestamp: the same script writes the same bytes.
            info = zipfile.ZipInfo(f"{ARCHIVE}/{name}", date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(info, data)

        record("version", FORMAT_VERSION)
        record("code/__torch__/tiny_encoder.py", CODE)
        record("data.pkl", module.bytes())
        record("constants.pkl", constants.bytes())
        for key, (_, _, values) in enumerate(parameters):
            record(f"data/{key}", struct.pack(f"<{len(values)}f", *values))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
