/* replay.c — runs the fuzz target (api.c) without libFuzzer, in two ways:
 *
 *   clact_fuzz_replay FILE...                  each file once: the corpus as regression tests
 *                                              (tests/CMakeLists.txt registers one per file)
 *   clact_fuzz_replay --mutate SEED COUNT FILE...
 *                                              COUNT inputs made from the files by a seeded
 *                                              mutator: the fixed pass of scripts/test.sh
 *
 * The fixed pass depends on nothing but the seed, the count and the files: libFuzzer's own
 * search also feeds on the values its comparisons see (heap addresses among them) and on
 * timing, so two runs of it from one seed explore different inputs. Open-ended search with
 * fresh seeds is scripts/fuzz.sh's job; what it finds joins the corpus, and so this pass. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct input {
  uint8_t *data;
  size_t size;
} input;

enum { MAX_INPUT = 4096 };

static int load(const char *path, input *in) {
  FILE *f = fopen(path, "rb");
  if (!f) return fprintf(stderr, "replay: cannot open %s\n", path), 1;
  in->data = NULL, in->size = 0;
  size_t cap = 0;
  for (;;) {
    if (in->size == cap) {
      cap = cap ? 2 * cap : 4096;
      uint8_t *grown = realloc(in->data, cap);
      if (!grown) return fclose(f), fprintf(stderr, "replay: out of memory\n"), 1;
      in->data = grown;
    }
    const size_t got = fread(in->data + in->size, 1, cap - in->size, f);
    in->size += got;
    if (got == 0) break;
  }
  const int err = ferror(f);
  fclose(f);
  if (err) fprintf(stderr, "replay: cannot read %s\n", path);
  return err;
}

/* splitmix64: the same generator as the tests' (tests/harness.c) */
static uint64_t next(uint64_t *s) {
  uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
static size_t below(uint64_t *s, size_t n) { return n ? (size_t)(next(s) % n) : 0; }

/* Bit patterns the kernels' edge cases hide behind: 0, -0, the smallest subnormal, the
 * smallest normal, 1, the largest finite, infinity and NaN of f32, then of f16/bf16. */
static const uint32_t interesting32[] = {0x00000000u, 0x80000000u, 0x00000001u, 0x00800000u,
                                         0x3f800000u, 0x7f7fffffu, 0x7f800000u, 0xff800000u,
                                         0x7fc00000u, 0xc2c80000u /* -100 */};
static const uint16_t interesting16[] = {0x0000u, 0x8000u, 0x0001u, 0x0400u, 0x3c00u, 0x7bffu,
                                         0x7c00u, 0xfc00u, 0x7e00u, 0x7f80u, 0xff80u, 0x7fc0u};

/* One mutation of buf (size *n, capacity MAX_INPUT), parts taken from other. */
static void mutate_once(uint64_t *s, uint8_t *buf, size_t *n, const input *other) {
  switch (below(s, 8)) {
  case 0: /* a random byte */
    if (*n) buf[below(s, *n)] = (uint8_t)next(s);
    break;
  case 1: /* a bit */
    if (*n) buf[below(s, *n)] ^= (uint8_t)(1u << below(s, 8));
    break;
  case 2: { /* a small or boundary value: the choice bytes at the front are read modulo */
    static const uint8_t v[] = {0, 1, 2, 3, 5, 7, 9, 11, 0x7f, 0x80, 0xfe, 0xff};
    if (*n) buf[below(s, *n < 16 ? *n : 16)] = v[below(s, sizeof v)];
    break;
  }
  case 3: /* insert a byte */
    if (*n < MAX_INPUT) {
      const size_t at = below(s, *n + 1);
      memmove(buf + at + 1, buf + at, *n - at);
      buf[at] = (uint8_t)next(s);
      ++*n;
    }
    break;
  case 4: /* erase a byte */
    if (*n > 1) {
      const size_t at = below(s, *n);
      memmove(buf + at, buf + at + 1, *n - at - 1);
      --*n;
    }
    break;
  case 5: { /* an interesting 32-bit pattern */
    const uint32_t v = interesting32[below(s, sizeof interesting32 / sizeof interesting32[0])];
    if (*n >= 4) memcpy(buf + below(s, *n - 3), &v, 4);
    break;
  }
  case 6: { /* an interesting 16-bit pattern */
    const uint16_t v = interesting16[below(s, sizeof interesting16 / sizeof interesting16[0])];
    if (*n >= 2) memcpy(buf + below(s, *n - 1), &v, 2);
    break;
  }
  default: /* a piece of another input over this one (crossover) */
    if (other->size && *n) {
      const size_t from = below(s, other->size), at = below(s, *n);
      size_t len = 1 + below(s, other->size - from);
      if (len > *n - at) len = *n - at;
      memcpy(buf + at, other->data + from, len);
    }
  }
}

static int mutate_pass(uint64_t seed, unsigned long count, const input *corpus, size_t files) {
  uint8_t *buf = malloc(MAX_INPUT);
  if (!buf) return fprintf(stderr, "replay: out of memory\n"), 1;
  uint64_t s = seed, digest = 0xcbf29ce484222325ULL; /* FNV-1a over every input run */
  for (unsigned long i = 0; i < count; ++i) {
    const input *base = &corpus[below(&s, files)];
    size_t n = base->size < MAX_INPUT ? base->size : MAX_INPUT;
    memcpy(buf, base->data, n);
    for (size_t m = 1 + below(&s, 4); m > 0; --m)
      mutate_once(&s, buf, &n, &corpus[below(&s, files)]);
    for (size_t k = 0; k < n; ++k)
      digest = (digest ^ buf[k]) * 0x100000001b3ULL;
    digest = (digest ^ 0xff) * 0x100000001b3ULL; /* input boundary */
    LLVMFuzzerTestOneInput(buf, n);              /* a finding aborts, saving the input */
  }
  free(buf);
  printf("mutate: seed %llu, %lu inputs from %zu files, digest %016llx: no finding\n",
         (unsigned long long)seed, count, files, (unsigned long long)digest);
  return 0;
}

int main(int argc, char **argv) {
  int first = 1, mutate = 0;
  uint64_t seed = 0;
  unsigned long count = 0;
  if (argc > 3 && strcmp(argv[1], "--mutate") == 0) {
    char *end1, *end2;
    seed = strtoull(argv[2], &end1, 0);
    count = strtoul(argv[3], &end2, 0);
    if (*end1 || *end2) return fprintf(stderr, "replay: bad --mutate SEED COUNT\n"), 2;
    mutate = 1, first = 4;
  }
  if (argc <= first)
    return fprintf(stderr, "usage: clact_fuzz_replay [--mutate SEED COUNT] FILE...\n"), 2;
  const size_t files = (size_t)(argc - first);
  input *corpus = calloc(files, sizeof *corpus);
  if (!corpus) return fprintf(stderr, "replay: out of memory\n"), 1;
  int err = 0;
  for (size_t i = 0; i < files && !err; ++i)
    err = load(argv[first + (int)i], &corpus[i]);
  if (!err) LLVMFuzzerInitialize(&argc, &argv);
  if (!err && !mutate) {
    for (size_t i = 0; i < files; ++i) /* a finding aborts */
      LLVMFuzzerTestOneInput(corpus[i].data, corpus[i].size);
    printf("replayed %zu input%s: no finding\n", files, files == 1 ? "" : "s");
  }
  if (!err && mutate) err = mutate_pass(seed, count, corpus, files);
  for (size_t i = 0; i < files; ++i)
    free(corpus[i].data);
  free(corpus);
  return err;
}
