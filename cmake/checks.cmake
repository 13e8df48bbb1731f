# checks.cmake — test-only variants of the library, included from the top CMakeLists.txt
# (docs/ERRORS.md says what each one proves). None of them is installed.
#
#   clact_fault     the library compiled with CLACT_FAULT_INJECTION and host/fault.c: every
#                   allocation and OpenCL object creation is a fault point a test can fail
#   clact_fuzz_api  (CLACT_FUZZ=ON, clang) a libFuzzer target on the public API, with the
#                   library compiled for coverage; add CLACT_SANITIZE=ON for ASan + UBSan
#   clact_fuzz_fixed  the same target run by tests/fuzz/replay.c's seeded mutator

option(CLACT_FUZZ "Build the libFuzzer target tests/fuzz/api.c (needs clang)" OFF)

if(CLACT_BUILD_TESTS)
  add_library(clact_fault STATIC ${CLACT_HOST_SOURCES} host/fault.c)
  add_dependencies(clact_fault clact_embed)
  target_include_directories(clact_fault PUBLIC ${PROJECT_SOURCE_DIR}/include
                                                ${PROJECT_SOURCE_DIR}/host)
  target_compile_definitions(clact_fault PUBLIC CLACT_STATIC PRIVATE CLACT_FAULT_INJECTION)
  target_compile_options(clact_fault PRIVATE ${CLACT_WARNINGS})
  target_link_libraries(clact_fault PUBLIC OpenCL::OpenCL Threads::Threads m)
endif()

if(CLACT_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CLACT_FUZZ needs clang (libFuzzer): configure with CC=clang")
  endif()
  add_library(clact_fuzzlib STATIC ${CLACT_HOST_SOURCES})
  add_dependencies(clact_fuzzlib clact_embed)
  target_include_directories(clact_fuzzlib PUBLIC ${PROJECT_SOURCE_DIR}/include
                                                  ${PROJECT_SOURCE_DIR}/host)
  target_compile_definitions(clact_fuzzlib PUBLIC CLACT_STATIC)
  target_compile_options(clact_fuzzlib PRIVATE ${CLACT_WARNINGS} -fsanitize=fuzzer-no-link)
  target_link_libraries(clact_fuzzlib PUBLIC OpenCL::OpenCL Threads::Threads m)

  add_executable(clact_fuzz_api tests/fuzz/api.c)
  target_link_libraries(clact_fuzz_api PRIVATE clact_fuzzlib clact_reference)
  target_compile_options(clact_fuzz_api PRIVATE ${CLACT_WARNINGS} -fsanitize=fuzzer)
  target_link_options(clact_fuzz_api PRIVATE -fsanitize=fuzzer)

  # The same target driven by the seeded mutator of tests/fuzz/replay.c: scripts/test.sh's
  # fixed pass (same inputs on every run), with the sanitizers of this build.
  add_executable(clact_fuzz_fixed tests/fuzz/api.c tests/fuzz/replay.c)
  target_link_libraries(clact_fuzz_fixed PRIVATE clact_fuzzlib clact_reference)
  target_compile_options(clact_fuzz_fixed PRIVATE ${CLACT_WARNINGS})
  target_link_options(clact_fuzz_fixed PRIVATE -fsanitize=fuzzer-no-link)
endif()
