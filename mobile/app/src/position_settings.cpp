#include "position_settings.h"

#include <QFileInfo>

namespace fieldledger::app {
namespace {
QString g_nmea_file;
}

void PositionSettings::SetNmeaFile(const QString& path) {
  g_nmea_file = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

QString PositionSettings::nmeaFile() const { return g_nmea_file; }

}  // namespace fieldledger::app
