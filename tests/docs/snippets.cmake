# snippets.cmake — the C code of the docs must compile against include/clact.h as written,
# and the whole programs must run. Every ```c block of README.md, docs/API.md and
# docs/QUANTIZED.md is taken in turn:
#   - a whole program (it has main): compiled, linked with the library and run; its
#     output must match the block's EXPECT_<line> variable when one is set below;
#   - a block that declares what the header declares (a prototype, a struct, a typedef, a
#     #define CLACT_...): each typedef'd struct or enum must appear in the header as
#     written (comments and spacing aside), the rest is compiled after #include <clact.h>,
#     so a prototype that disagrees with the header's is an error;
#   - a fragment (statements): compiled as the body of a function whose parameters are
#     the names the docs leave to the reader (ctx, queue, n, the buffers...).
# Run with cmake -P; inputs: SOURCE_DIR, WORK, C_COMPILER, LIBRARY (the shared library),
# SANITIZE_FLAGS.
cmake_minimum_required(VERSION 3.20)

# The free names of the fragments, as function parameters (a fragment's own declaration
# of one, in its inner block, shadows it).
set(free_names [=[clact_context *ctx, cl_command_queue queue, clact_op op, size_t n,
    size_t tokens, size_t ffn, size_t N, size_t C, size_t H, size_t W,
    cl_mem x, cl_mem y, cl_mem dy, cl_mem dx, cl_mem x_buf, size_t x_off, cl_mem y_buf,
    size_t y_off, cl_mem dy_buf, cl_mem dx_buf, cl_event done, cl_event conv_done,
    cl_mem h, cl_mem out, cl_mem dout, cl_mem dh, cl_mem dact, cl_mem conv_out, cl_mem bias,
    cl_mem act, cl_mem dconv, cl_mem dbias, cl_mem act_out, cl_mem slope, cl_mem dslope]=])

# What the README's whole program prints: swish of its eight inputs.
set(EXPECT_README.md_86 "swish\\(-4\\) = -0\\.0719[0-9]*\nswish\\(-2\\) = -0\\.238[0-9]*\n.*swish\\(2\\) = 1\\.76[0-9]*\n$")

set(flags -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter -Wno-unused-variable
    -Wno-unused-but-set-variable -I${SOURCE_DIR}/include)
separate_arguments(sanitize UNIX_COMMAND "${SANITIZE_FLAGS}")

# Comments, blank lines and runs of white space removed: the text a declaration compares by.
function(normalize text var)
  string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" " " t "${text}")
  string(REGEX REPLACE "[ \t\r\n]+" " " t "${t}")
  # "double alpha, beta;" declares what "double alpha; double beta;" does
  string(REGEX REPLACE "([a-z_]+) ([a-z_]+), ([a-z_]+);" "\\1 \\2; \\1 \\3;" t "${t}")
  set(${var} "${t}" PARENT_SCOPE)
endfunction()

function(compile what src)
  execute_process(COMMAND ${C_COMPILER} ${flags} ${sanitize} ${src} ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
  if(NOT rc EQUAL 0)
    file(READ ${src} text)
    message(FATAL_ERROR "${what} does not compile against include/clact.h:\n${e}\n${text}")
  endif()
endfunction()

# docs/QUANTIZED.md's int8 hardswish: the output quantization the text picks for
# "hardswish >= -0.375" must hold hardswish's negative part, not saturate it to 0. Runs
# the table the example's call would look up (clact_lut_build, no device) over every code.
function(hardswish_range where quants)
  set(src ${WORK}/hardswish_range.c)
  file(WRITE ${src} "#include <clact.h>\n#include <math.h>\n#include <stdio.h>\n"
    "int main(void) {\n  clact_op op;\n  clact_op_init(&op, CLACT_HARDSWISH);\n  ${quants}\n"
    "  signed char t[256];\n"
    "  if (clact_lut_build(&op, CLACT_S8, &in_q, CLACT_S8, &out_q, t)) return 2;\n"
    "  int bad = 0;\n  for (int q = -128; q < 128; ++q) {\n"
    "    const double x = in_q.scale * (q - in_q.zero_point);\n"
    "    const double f = x * fmin(fmax(x + 3, 0), 6) / 6;\n"
    "    const double got = out_q.scale * (t[(unsigned char)q] - out_q.zero_point);\n"
    "    if (f < 0 && fabs(got - f) > out_q.scale / 2 + 1e-9) {\n"
    "      printf(\"x = %g: hardswish %g, the code holds %g\\n\", x, f, got);\n"
    "      ++bad;\n    }\n  }\n  return bad != 0;\n}\n")
  compile(${where} ${src} -o ${WORK}/hardswish_range -L${libdir} -lclact -lm)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${libdir}
                          ${WORK}/hardswish_range RESULT_VARIABLE rc OUTPUT_VARIABLE o)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${where}: ${quants} saturates hardswish's negative outputs:\n${o}")
  endif()
  message(STATUS "${where}: the output quantization holds hardswish's minimum")
endfunction()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(READ ${SOURCE_DIR}/include/clact.h header)
normalize("${header}" header_n)
get_filename_component(libdir ${LIBRARY} DIRECTORY)
set(count 0)
foreach(doc README.md docs/API.md docs/QUANTIZED.md)
  file(READ ${SOURCE_DIR}/${doc} text)
  string(REPLACE ";" "<semicolon>" text "${text}") # a CMake list would split C at each ;
  string(REGEX MATCHALL "```c\n([^`]|`[^`]|``[^`])*```" blocks "${text}")
  set(rest "${text}")
  set(line 1)
  foreach(block IN LISTS blocks)
    # the line of the block in the doc: count the newlines before it
    string(FIND "${rest}" "${block}" at)
    string(SUBSTRING "${rest}" 0 ${at} before)
    string(REGEX MATCHALL "\n" nl "${before}")
    list(LENGTH nl k)
    math(EXPR line "${line} + ${k}")
    string(LENGTH "${block}" len)
    math(EXPR after "${at} + ${len}")
    string(SUBSTRING "${rest}" ${after} -1 rest)
    string(REGEX MATCHALL "\n" nl "${block}")
    list(LENGTH nl k)
    set(where "${doc}:${line}")
    math(EXPR line "${line} + ${k}")
    string(REGEX REPLACE "^```c\n" "" code "${block}")
    string(REGEX REPLACE "```$" "" code "${code}")
    set(code_p "${code}") # (with the placeholder: a list of its parts stays whole)
    string(REPLACE "<semicolon>" ";" code "${code}")
    get_filename_component(doc_name ${doc} NAME)
    string(REGEX REPLACE "[^A-Za-z0-9]" "_" stem "${where}")
    set(src ${WORK}/${stem}.c)
    math(EXPR count "${count} + 1")
    if(code MATCHES "int main\\(")
      file(WRITE ${src} "${code}")
      compile(${where} ${src} -o ${WORK}/${stem} -L${libdir} -lclact -lm)
      execute_process(COMMAND ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${libdir} ${WORK}/${stem}
                      RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
      if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${where}: the program exits ${rc}:\n${o}\n${e}")
      endif()
      string(REGEX REPLACE ".*:" "" at_line "${where}")
      if(DEFINED EXPECT_${doc_name}_${at_line} AND NOT o MATCHES "${EXPECT_${doc_name}_${at_line}}")
        message(FATAL_ERROR "${where}: the program printed\n${o}\nnot what the text says")
      endif()
      message(STATUS "${where}: a whole program, compiled and run")
    elseif(code MATCHES "(^|\n)(typedef|clact_status clact_|#define CLACT_|CLACT_API|#include)")
      # typedef'd structs and enums: as the header writes them
      string(REGEX MATCHALL "typedef (struct|enum) [a-z_]+ {[^}]*} [a-z_]+<semicolon>" types
             "${code_p}")
      foreach(type IN LISTS types)
        string(REPLACE "<semicolon>" ";" type "${type}")
        normalize("${type}" type_n)
        string(FIND "${header_n}" "${type_n}" found)
        if(found LESS 0)
          message(FATAL_ERROR "${where}: the header does not declare\n${type}\nas written")
        endif()
        string(REPLACE "${type}" "" code "${code}")
      endforeach()
      file(WRITE ${src} "#include <clact.h>\n${code}")
      compile(${where} ${src} -c -o ${WORK}/${stem}.o)
      message(STATUS "${where}: declarations, as the header's")
    else()
      file(WRITE ${src} "#include <clact.h>\n#include <stddef.h>\n"
                        "void snippet(${free_names});\nvoid snippet(${free_names}) {\n{\n"
                        "${code}}\n}\n")
      compile(${where} ${src} -c -o ${WORK}/${stem}.o)
      message(STATUS "${where}: a fragment, compiled")
      if(code MATCHES "CLACT_HARDSWISH" AND code MATCHES "(const clact_quant in_q[^;]*;)")
        hardswish_range(${where} "${CMAKE_MATCH_1}")
      endif()
    endif()
  endforeach()
endforeach()
if(count LESS 15)
  message(FATAL_ERROR "found only ${count} C blocks in the docs: parsing broke")
endif()
message(STATUS "${count} C blocks of the docs compile against include/clact.h")
