# install.cmake — what `cmake --install build --prefix P` puts under P, included last from
# the top CMakeLists.txt: the shared and static library, the header, the clact program, a
# CMake package (find_package(clact CONFIG) -> clact::clact, clact::clact_static) with its
# version file, and clact.pc for pkg-config. Every installed path is relative to the prefix,
# so the tree can be moved after installation.
include(CMakePackageConfigHelpers)

set(CLACT_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/clact)

install(TARGETS clact clact_static EXPORT clactTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT development
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/include/clact.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)

if(TARGET clact_cli)
  # The program finds the library next to it (../lib), wherever the prefix ends up.
  file(RELATIVE_PATH CLACT_BIN_TO_LIB
    ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR} ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR})
  set_target_properties(clact_cli PROPERTIES INSTALL_RPATH "$ORIGIN/${CLACT_BIN_TO_LIB}")
  install(TARGETS clact_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
endif()

install(EXPORT clactTargets NAMESPACE clact:: DESTINATION ${CLACT_CMAKE_DIR}
  COMPONENT development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/clactConfig.cmake.in
  ${PROJECT_BINARY_DIR}/clactConfig.cmake INSTALL_DESTINATION ${CLACT_CMAKE_DIR})
# Before 1.0 a minor release may change the API, so 0.3 only satisfies requests for 0.3.x.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/clactConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/clactConfig.cmake ${PROJECT_BINARY_DIR}/clactConfigVersion.cmake
  DESTINATION ${CLACT_CMAKE_DIR} COMPONENT development)

# pkg-config: the prefix is derived from the .pc file's own place (${pcfiledir}), because
# `cmake --install --prefix P` chooses P after this file is configured.
set(CLACT_PC_PREFIX "\${pcfiledir}")
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(CLACT_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  set(CLACT_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
  # climb from <libdir>/pkgconfig back to the prefix: one ".." per component, plus one
  string(REGEX REPLACE "[^/]+" ".." CLACT_PC_UP "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
  set(CLACT_PC_PREFIX "\${pcfiledir}/${CLACT_PC_UP}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(CLACT_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(CLACT_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/clact.pc.in ${PROJECT_BINARY_DIR}/clact.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/clact.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT development)

install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
  DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)
