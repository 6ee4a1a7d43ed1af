# Shared settings for Outpost's own targets: warnings, sanitizers, layering checks.

if(OUTPOST_SANITIZE)
  string(REPLACE ";" "," _outpost_san "${OUTPOST_SANITIZE}")
  add_compile_options(-fsanitize=${_outpost_san} -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${_outpost_san})
endif()

# Debug objects, libraries and executables keep their debug information compressed: a hundred test
# executables each carrying the engine's (Asio- and Beast-heavy) debug strings came to 400 MB apiece
# uncompressed, and a clean debug build to 12 GB, which filled the disk of a build machine.
# gdb reads compressed sections as they are.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  add_compile_options($<$<CONFIG:Debug>:-gz>)
  add_link_options($<$<CONFIG:Debug>:LINKER:--compress-debug-sections=zlib>)
endif()

function(outpost_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
  if(OUTPOST_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
    # GCC 12's optimiser reports false positives inside libstdc++ and date/tz at -O2/-O3.
    target_compile_options(${target} PRIVATE
      $<$<AND:$<CXX_COMPILER_ID:GNU>,$<NOT:$<CONFIG:Debug>>>:-Wno-error=restrict;-Wno-error=maybe-uninitialized;-Wno-error=stringop-overflow;-Wno-error=array-bounds>)
  endif()
endfunction()

# A core library: Qt-free, checked at configure time.
function(outpost_core_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  add_library(outpost::${name} ALIAS ${name})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
  outpost_target_defaults(${name})
  foreach(dep IN LISTS ARG_DEPS)
    if(dep MATCHES "^Qt")
      message(FATAL_ERROR "core library ${name} must not link Qt (${dep})")
    endif()
  endforeach()
endfunction()

# One GoogleTest executable per unit; each case is its own ctest test.
function(outpost_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  set_target_properties(${name} PROPERTIES AUTOMOC OFF)  # core tests have no Qt
  target_compile_definitions(${name} PRIVATE OUTPOST_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures")
  outpost_target_defaults(${name})
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS "${ARG_LABELS}"
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
