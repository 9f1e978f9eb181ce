#pragma once
// Where positions come from (QML singleton `PositionSettings`): the phone's own source,
// or an NMEA log played back (`--nmea FILE`) on a desktop, in the demo and in tests, so
// they exercise the real Qt Positioning path without a GPS.
#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

namespace fieldledger::app {

class PositionSettings : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(QString nmeaFile READ nmeaFile CONSTANT)
  Q_PROPERTY(bool simulated READ simulated CONSTANT)

 public:
  using QObject::QObject;
  // Set by main() before QML loads; an absolute path, empty for the real source.
  static void SetNmeaFile(const QString& path);
  QString nmeaFile() const;
  bool simulated() const { return !nmeaFile().isEmpty(); }
};

}  // namespace fieldledger::app
