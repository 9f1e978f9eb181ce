// gtest main for the app's C++ tests. A QGuiApplication (offscreen) because the visit
// tests paint signatures and write PDFs, which need fonts and image formats.
#include <gtest/gtest.h>
#include <QGuiApplication>

int main(int argc, char** argv) {
  // Also when ctest lists the tests, which runs this without the test's environment.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
