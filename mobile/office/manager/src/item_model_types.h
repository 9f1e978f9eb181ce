#pragma once
// Describes QAbstractItemModel to QML tooling. Qt 6.4 ships no type description for it,
// so qmllint could not resolve any model derived from it (the desk's list models) and
// reported every use as an unknown type; this anonymous foreign registration puts
// QAbstractItemModel, with its invokable index(), data() and rowCount(), into this
// module's qmltypes. At run time it only registers an anonymous type.
#include <QtQml/qqml.h>
#include <QAbstractItemModel>

namespace fieldledger::office {

struct AbstractItemModelForeign {
  Q_GADGET
  QML_FOREIGN(QAbstractItemModel)
  QML_ANONYMOUS
};

}  // namespace fieldledger::office
