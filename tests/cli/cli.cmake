# cli.cmake — the clact program as a user meets it. Run with cmake -P; a failed check is a
# FATAL_ERROR, so CTest fails. STEP selects the check:
#   exit_codes  0 for --help, 2 and a one-line "Try ..." hint for every usage error, 1 for a
#               device spec that selects no device
#   bad_values  counts that overflow, missing values, empty lists, conflicting options:
#               usage errors, not crashes or silent runs
#   plot        `clact plot --out a.svg` is valid XML (xmllint) with a panel per activation
#   plot_bench  `clact plot --bench` draws a bench CSV, with the oneDNN chart when present
#   exhaustive_part  `check --exhaustive --part K/N`: a slice is the union of its halves
# Inputs: STEP, CLACT (the program), HEADER (include/clact.h), WORK (scratch), XMLLINT.
cmake_minimum_required(VERSION 3.20)

# clact ARGS..., expecting exit status `want`; leaves stdout and stderr in out / err.
function(expect want)
  execute_process(COMMAND ${CLACT} ${ARGN} WORKING_DIRECTORY ${WORK}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
  if(NOT rc STREQUAL want)
    message(FATAL_ERROR "clact ${ARGN}: exit ${rc}, expected ${want}\n${o}\n${e}")
  endif()
  set(out "${o}" PARENT_SCOPE)
  set(err "${e}" PARENT_SCOPE)
endfunction()

function(expect_usage_error)
  expect(2 ${ARGN})
  if(NOT err MATCHES "^clact[^\n]*\nTry 'clact[^\n]*--help'[^\n]*\n$")
    message(FATAL_ERROR "clact ${ARGN}: a usage error must print one line and a hint:\n${err}")
  endif()
  list(JOIN ARGN " " cmd)
  message(STATUS "clact ${cmd}: exit 2 with a hint")
endfunction()

function(xml_valid file)
  execute_process(COMMAND ${XMLLINT} --noout ${file} RESULT_VARIABLE rc ERROR_VARIABLE e)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "xmllint --noout ${file}: ${e}")
  endif()
endfunction()

function(count_matches file regex var)
  file(READ ${file} svg)
  string(REGEX MATCHALL "${regex}" hits "${svg}")
  list(LENGTH hits n)
  set(${var} ${n} PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

if(STEP STREQUAL "exit_codes")
  expect(0 --help)
  expect(0 --version)
  foreach(cmd devices demo check bench plot)
    expect(0 ${cmd} --help)
    if(NOT out MATCHES "^usage: clact ${cmd}")
      message(FATAL_ERROR "clact ${cmd} --help does not start with its usage line:\n${out}")
    endif()
  endforeach()
  expect(2) # no command: the list of commands on stderr
  expect(2 bogus)
  if(NOT err MATCHES "unknown command 'bogus'\nTry 'clact --help'")
    message(FATAL_ERROR "clact bogus: no hint:\n${err}")
  endif()
  expect_usage_error(devices --bogus)
  # a spec that selects no device is a failure, named on stderr, not a list with no '*'
  expect(1 devices --device nosuch)
  if(NOT err MATCHES "clact devices: --device 'nosuch' selects no device: ")
    message(FATAL_ERROR "clact devices --device nosuch: no clear message:\n${err}")
  endif()
  message(STATUS "clact devices --device nosuch: exit 1, named")
  expect_usage_error(demo --n 0)
  expect_usage_error(check --op nosuch)
  expect_usage_error(check --dtype f128)
  expect_usage_error(check --dtype f32 --quantizing)
  expect_usage_error(check --dtype f32,u8 --csv) # two tables of different columns
  expect_usage_error(check --part 1/2) # slices of --exhaustive only
  foreach(bad 0/2 3/2 1/0 1/65537 2 1/2x)
    expect_usage_error(check --exhaustive --part ${bad})
  endforeach()
  expect_usage_error(bench --op nosuch)
  expect_usage_error(bench --dir sideways)
  expect_usage_error(bench --range 5,-5)
  expect_usage_error(bench --range 1)
  expect_usage_error(plot)
  expect_usage_error(plot --op nosuch --out a.svg)
  expect_usage_error(plot --param nosuch=1 --out a.svg)
  expect_usage_error(plot --op softplus --param beta=-1 --out a.svg)
  expect_usage_error(plot --bench b.csv --dtype f16 --out a.svg)
  expect_usage_error(plot --bench b.csv --gated --out a.svg)
  expect_usage_error(plot --out)

elseif(STEP STREQUAL "bad_values")
  # values that once crashed the program or ran it on a count it did not ask for
  # (bench/results/s22-review2): each a usage error before any device is opened
  foreach(n 99999999999999999999 10^30 2^ 2^64 0x4000000000000001)
    expect_usage_error(demo --n ${n}) # wrapped or saturated counts; the last overran demo's arrays
  endforeach()
  expect_usage_error(bench --n 0x4000000000000001 --op relu)
  expect_usage_error(check --samples 99999999999999999999)
  expect_usage_error(check --exhaustive --part) # no value: read through a NULL pointer
  expect_usage_error(devices --device=) # listed the default as "selected by --device"
  # an empty list selects nothing: check ran no row and passed, plot divided by zero
  expect_usage_error(check --op , --dtype f32)
  expect_usage_error(check --dir= --dtype f32)
  expect_usage_error(bench --dtype ,)
  expect_usage_error(plot --op , --out a.svg)
  expect_usage_error(plot --dtype u8 --out a.svg) # f' needs a backward: float types only
  expect_usage_error(bench --views --gated) # two tables asked for, one ran
  expect_usage_error(bench --small --startup)
  expect_usage_error(check --exhaustive --samples 1000) # the sample size was ignored
  # a list of 516 characters was cut at 511, after "sigmoid": gelu was dropped in silence
  string(REPEAT "relu," 100 long)
  expect_usage_error(plot --op ${long}elu,sigmoid,gelu --out a.svg)
  if(EXISTS ${WORK}/a.svg)
    message(FATAL_ERROR "a refused plot wrote a.svg")
  endif()
  # a failed write removed whatever the path named: as root, `--out /dev/full` unlinked
  # the device node. Through a link here, so that the old code removes only the link.
  if(EXISTS /dev/full)
    file(CREATE_LINK /dev/full ${WORK}/full SYMBOLIC)
    expect(1 plot --op relu --out full)
    if(NOT err MATCHES "writing 'full' failed" OR NOT EXISTS ${WORK}/full)
      message(FATAL_ERROR "plot --out full (a link to /dev/full): removed, or no message:\n${err}")
    endif()
  endif()
  # a count the host cannot hold: exit 1 said nothing (under ASan, malloc may return NULL)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env
                          "ASAN_OPTIONS=$ENV{ASAN_OPTIONS}:allocator_may_return_null=1"
                          ${CLACT} demo --n 2^58 --csv
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL 1 OR NOT err MATCHES "clact: demo: host memory allocation failed")
    message(FATAL_ERROR "clact demo --n 2^58: exit ${rc}, expected 1 and why:\n${err}")
  endif()
  # check's gated and bias rows, which run whatever --op says, were not in its help
  expect(0 check --help)
  if(NOT out MATCHES "gated and bias rows")
    message(FATAL_ERROR "clact check --help does not say that the gated rows follow")
  endif()
  # the options bench's help did not name, though docs/PERFORMANCE.md runs them
  expect(0 bench --help)
  foreach(opt --small --startup)
    if(NOT out MATCHES "\n${opt} ")
      message(FATAL_ERROR "clact bench --help does not explain ${opt}")
    endif()
  endforeach()

elseif(STEP STREQUAL "plot")
  # one panel per activation of the table but identity, the copy reference
  file(READ ${HEADER} header) # (file(STRINGS) would keep the rows' trailing backslashes)
  string(REGEX MATCHALL "\n  X\\([A-Z0-9_]+, [a-z0-9_]+," rows "${header}")
  list(LENGTH rows activations)
  math(EXPR want "${activations} - 1")
  expect(0 plot --out a.svg)
  xml_valid(${WORK}/a.svg)
  count_matches(${WORK}/a.svg "<g class=\"panel\">" panels)
  if(NOT panels EQUAL want)
    message(FATAL_ERROR "a.svg has ${panels} panels, the table ${want} activations but identity")
  endif()
  file(READ ${WORK}/a.svg svg)
  foreach(title "sigmoid<" "leaky_relu \\(negative_slope = 0.01\\)" "softplus \\(beta = 1\\)")
    if(NOT svg MATCHES ">${title}")
      message(FATAL_ERROR "a.svg has no panel titled ${title}")
    endif()
  endforeach()
  if(NOT svg MATCHES "viewBox=\"0 0 [0-9]+ [0-9]+\"" OR svg MATCHES "WRONG")
    message(FATAL_ERROR "a.svg: no viewBox, or a value outside its bound")
  endif()
  message(STATUS "clact plot --out a.svg: valid, ${panels} panels")
  # a subset, a parameter, another dtype, and standard output
  expect(0 plot --op swish,softplus --param beta=2 --dtype bf16 --out b.svg)
  xml_valid(${WORK}/b.svg)
  count_matches(${WORK}/b.svg "<g class=\"panel\">" panels)
  file(READ ${WORK}/b.svg svg)
  if(NOT panels EQUAL 2 OR NOT svg MATCHES ">swish \\(beta = 2\\)<")
    message(FATAL_ERROR "--op swish,softplus --param beta=2: ${panels} panels\n")
  endif()
  expect(0 plot --op identity --out -)
  file(WRITE ${WORK}/c.svg "${out}")
  xml_valid(${WORK}/c.svg)
  count_matches(${WORK}/c.svg "<g class=\"panel\">" panels)
  if(NOT panels EQUAL 1)
    message(FATAL_ERROR "--op identity --out -: ${panels} panels")
  endif()
  message(STATUS "clact plot --op, --param, --dtype, --out -: ok")
  # the gated curves: swish and relu as gates, each point judged (exit 1 if one is off)
  expect(0 plot --gated --op swish,relu --out g.svg)
  xml_valid(${WORK}/g.svg)
  count_matches(${WORK}/g.svg "<g class=\"panel\">" panels)
  file(READ ${WORK}/g.svg svg)
  if(NOT panels EQUAL 2 OR NOT svg MATCHES ">swish \\(beta = 1\\) gate: g\\(x\\) x<")
    message(FATAL_ERROR "--gated --op swish,relu: ${panels} panels\n")
  endif()
  message(STATUS "clact plot --gated: ok")

elseif(STEP STREQUAL "exhaustive_part")
  # --part K/N: a slice is the union of its halves, with the dy the whole run draws there
  # (the random-dy pass), so the maximum over the halves' rows is the slice's row
  function(part_row k n var)
    expect(0 check --exhaustive --part ${k}/${n} --op sigmoid --dir bwd --csv)
    string(REGEX MATCH "\n[^,\n]*,sigmoid,bwd,f32,([0-9]+),([0-9.]+),([^,]+),4,ok" row "${out}")
    if(NOT row)
      message(FATAL_ERROR "--part ${k}/${n}: no sigmoid bwd row:\n${out}")
    endif()
    set(${var} "${CMAKE_MATCH_1};${CMAKE_MATCH_2};${CMAKE_MATCH_3}" PARENT_SCOPE)
    if(NOT err MATCHES "part ${k}/${n}: bit patterns 0x") # (resets CMAKE_MATCH_n)
      message(FATAL_ERROR "--part ${k}/${n}: the slice is not named on stderr:\n${err}")
    endif()
  endfunction()
  part_row(1017 4096 whole) # bit patterns 0x3f800000 to 0x3f8fffff: x in [1, 1.125), 2 passes
  part_row(2033 8192 lo)
  part_row(2034 8192 hi)
  list(GET whole 0 n)
  list(GET lo 0 n_lo)
  list(GET hi 0 n_hi)
  if(NOT n EQUAL 2097152 OR NOT n_lo EQUAL 1048576 OR NOT n_hi EQUAL 1048576)
    message(FATAL_ERROR "--part counts: ${n}, ${n_lo} + ${n_hi} (want 2097152, 1048576 each)")
  endif()
  list(GET lo 1 u_lo)
  list(GET hi 1 u_hi)
  if(u_lo GREATER_EQUAL u_hi)
    set(half "${lo}")
  else()
    set(half "${hi}")
  endif()
  list(REMOVE_AT whole 0)
  list(REMOVE_AT half 0)
  if(NOT whole STREQUAL half)
    message(FATAL_ERROR "--part 1017/4096 gives ${whole}; its halves' larger row ${half}")
  endif()
  message(STATUS "clact check --exhaustive --part: 1017/4096 = max(2033/8192, 2034/8192) = ${whole}")

elseif(STEP STREQUAL "plot_bench")
  # columns in another order and one more than bench writes: they are found by name
  file(WRITE ${WORK}/b.csv
    "op,dir,dtype,device,n,ms,gbps,copy_gbps,ratio,extra,onednn_gbps,vs_onednn\n"
    "relu,fwd,f32,Some <GPU> & Co,1024,0.1,80,100,0.800,x,70,1.143\n"
    "relu,bwd,f32,Some <GPU> & Co,1024,0.1,90,100,0.900,x,,\n"
    "\"tanh\",fwd,f32,Some <GPU> & Co,1024,0.1,50,100,0.500,x,60,0.833\n"
    "relu,fwd,f16,Some <GPU> & Co,1024,0.1,40,100,1.200,x,,\n")
  expect(0 plot --bench b.csv --out b.svg)
  xml_valid(${WORK}/b.svg)
  count_matches(${WORK}/b.svg "<g class=\"chart\">" charts)
  count_matches(${WORK}/b.svg "<rect [^>]*><title>" bars)
  # f32 vs copy (3 bars), f32 vs oneDNN (2), f16 vs copy (1); f16 has no oneDNN figure
  if(NOT charts EQUAL 3 OR NOT bars EQUAL 6)
    message(FATAL_ERROR "b.svg: ${charts} charts and ${bars} bars, expected 3 and 6")
  endif()
  expect(0 plot --bench b.csv --op tanh --out c.svg)
  count_matches(${WORK}/c.svg "<rect [^>]*><title>" bars)
  if(NOT bars EQUAL 2)
    message(FATAL_ERROR "--op tanh: ${bars} bars, expected 2")
  endif()
  file(WRITE ${WORK}/bad.csv "device,op,gbps\nx,relu,1\n")
  expect(1 plot --bench bad.csv --out d.svg)
  expect(1 plot --bench missing.csv --out d.svg)
  message(STATUS "clact plot --bench: ok")

else()
  message(FATAL_ERROR "cli.cmake: unknown STEP '${STEP}'")
endif()
