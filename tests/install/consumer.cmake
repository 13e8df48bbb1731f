# consumer.cmake — install clact into a prefix inside the build tree and use it from a
# project outside the source tree, as a user would. Run with cmake -P; any failed step
# is a FATAL_ERROR, so CTest fails. STEP selects what to do:
#   prefix       cmake --install into PREFIX; check the files; run the installed program
#   find_package configure, build and run examples/offload with find_package(clact),
#                shared and static; check that an incompatible version is refused
#   pkg_config   compile examples/offload/offload.c with pkg-config --cflags --libs clact
#                and run it
# Inputs: STEP, BUILD_DIR, SOURCE_DIR, WORK (scratch folder), PREFIX, LIBDIR, BINDIR,
# INCLUDEDIR, C_COMPILER, GENERATOR, PKG_CONFIG, VERSION, WITH_TOOL (the program was built),
# SANITIZE_FLAGS (a sanitizer build's library needs its runtime in the consumer too).
cmake_minimum_required(VERSION 3.20)

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${rc}):\n  ${ARGN}\n${out}\n${err}")
  endif()
  message(STATUS "${what}: ok")
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

set(example ${SOURCE_DIR}/examples/offload)

# The example checks its own results; its last line says so.
function(check_offload_output out)
  if(NOT out MATCHES "clact ${VERSION}: ok")
    message(FATAL_ERROR "offload did not report 'clact ${VERSION}: ok':\n${out}")
  endif()
endfunction()

if(STEP STREQUAL "prefix")
  file(REMOVE_RECURSE ${PREFIX})
  run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX})
  set(files ${INCLUDEDIR}/clact.h ${LIBDIR}/libclact.so ${LIBDIR}/libclact.a
      ${LIBDIR}/cmake/clact/clactConfig.cmake ${LIBDIR}/cmake/clact/clactConfigVersion.cmake
      ${LIBDIR}/cmake/clact/clactTargets.cmake ${LIBDIR}/pkgconfig/clact.pc)
  if(WITH_TOOL)
    list(APPEND files ${BINDIR}/clact)
  endif()
  foreach(f ${files})
    if(NOT EXISTS ${PREFIX}/${f})
      message(FATAL_ERROR "cmake --install did not install ${PREFIX}/${f}")
    endif()
  endforeach()
  if(WITH_TOOL) # the installed program must find the installed library by itself (RPATH)
    run("installed clact --version" ${PREFIX}/${BINDIR}/clact --version)
    if(NOT run_output MATCHES "clact ${VERSION}")
      message(FATAL_ERROR "installed clact --version printed '${run_output}'")
    endif()
  endif()

elseif(STEP STREQUAL "find_package")
  foreach(kind shared static)
    set(dir ${WORK}/${kind})
    file(REMOVE_RECURSE ${dir})
    set(static OFF)
    if(kind STREQUAL "static")
      set(static ON)
    endif()
    run("configure with find_package(clact), ${kind}" ${CMAKE_COMMAND} -S ${example} -B ${dir}
        -G ${GENERATOR} -DCMAKE_C_COMPILER=${C_COMPILER} -DCMAKE_PREFIX_PATH=${PREFIX}
        -DOFFLOAD_STATIC=${static} "-DCMAKE_C_FLAGS=${SANITIZE_FLAGS}"
        "-DCMAKE_EXE_LINKER_FLAGS=${SANITIZE_FLAGS}")
    # the package found must be the one just installed, not one elsewhere on the machine
    file(STRINGS ${dir}/CMakeCache.txt found REGEX "^clact_DIR:")
    if(NOT found STREQUAL "clact_DIR:PATH=${PREFIX}/${LIBDIR}/cmake/clact")
      message(FATAL_ERROR "find_package(clact) found ${found}, not ${PREFIX}")
    endif()
    run("build, ${kind}" ${CMAKE_COMMAND} --build ${dir})
    run("run, ${kind}" ${dir}/offload)
    check_offload_output("${run_output}")
  endforeach()
  # Before 1.0 a minor release may break the API: a request for 0.2 must not take 0.3.
  set(dir ${WORK}/version)
  file(REMOVE_RECURSE ${dir})
  file(WRITE ${dir}/src/CMakeLists.txt
       "cmake_minimum_required(VERSION 3.20)\nproject(version_check NONE)\n"
       "find_package(clact 0.2 CONFIG REQUIRED)\n")
  execute_process(COMMAND ${CMAKE_COMMAND} -S ${dir}/src -B ${dir}/build -G ${GENERATOR}
                          -DCMAKE_PREFIX_PATH=${PREFIX}
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(rc EQUAL 0 OR NOT err MATCHES "version")
    message(FATAL_ERROR "find_package(clact 0.2) accepted clact ${VERSION}:\n${err}")
  endif()
  message(STATUS "find_package(clact 0.2) refused: ok")

elseif(STEP STREQUAL "pkg_config")
  set(ENV{PKG_CONFIG_PATH} ${PREFIX}/${LIBDIR}/pkgconfig)
  run("pkg-config --modversion clact" ${PKG_CONFIG} --modversion clact)
  string(STRIP "${run_output}" got)
  if(NOT got STREQUAL VERSION)
    message(FATAL_ERROR "pkg-config says clact ${got}, the build is ${VERSION}")
  endif()
  run("pkg-config --cflags --libs clact" ${PKG_CONFIG} --cflags --libs clact)
  string(STRIP "${run_output}" flags)
  # the flags must point into the prefix the .pc file was installed in (it is relocatable)
  file(REAL_PATH ${PREFIX} real_prefix)
  if(NOT flags MATCHES "-I[^ ]*include" OR NOT flags MATCHES "-lclact")
    message(FATAL_ERROR "unexpected pkg-config flags: ${flags}")
  endif()
  string(REGEX MATCH "-I([^ ]+)" _ "${flags}")
  file(REAL_PATH ${CMAKE_MATCH_1} real_include)
  if(NOT real_include STREQUAL "${real_prefix}/${INCLUDEDIR}")
    message(FATAL_ERROR "pkg-config gives -I${CMAKE_MATCH_1}, not ${PREFIX}/${INCLUDEDIR}")
  endif()
  separate_arguments(flag_list UNIX_COMMAND "${flags} ${SANITIZE_FLAGS}")
  file(REMOVE_RECURSE ${WORK})
  file(MAKE_DIRECTORY ${WORK})
  run("cc offload.c $(pkg-config --cflags --libs clact)" ${C_COMPILER} ${example}/offload.c
      ${flag_list} -lm -o ${WORK}/offload)
  run("run" ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${PREFIX}/${LIBDIR} ${WORK}/offload)
  check_offload_output("${run_output}")
  # README.md's pkg-config lines as written, in a shell that has no PKG_CONFIG_PATH of its
  # own: /opt/clact is the prefix, app.c the example (plus the -lm, -o and a
  # sanitizer build's flags it needs)
  file(READ ${SOURCE_DIR}/README.md readme)
  string(REGEX MATCH "```sh\n([^`]*pkg-config --cflags --libs clact[^`]*)```" _ "${readme}")
  if(NOT CMAKE_MATCH_1)
    message(FATAL_ERROR "README.md has no sh block with pkg-config --cflags --libs clact")
  endif()
  string(REPLACE "/opt/clact/lib/" "${PREFIX}/${LIBDIR}/" script "${CMAKE_MATCH_1}")
  string(REPLACE "/opt/clact" "${PREFIX}" script "${script}")
  string(REPLACE "app.c" "${example}/offload.c -lm ${SANITIZE_FLAGS} -o ${WORK}/readme_app"
         script "${script}")
  file(WRITE ${WORK}/readme.sh "set -e\n${script}")
  run("README.md's pkg-config lines" ${CMAKE_COMMAND} -E env --unset=PKG_CONFIG_PATH sh
      ${WORK}/readme.sh)
  run("run" ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${PREFIX}/${LIBDIR} ${WORK}/readme_app)
  check_offload_output("${run_output}")

else()
  message(FATAL_ERROR "consumer.cmake: unknown STEP '${STEP}'")
endif()
