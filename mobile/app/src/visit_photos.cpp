#include "visit_photos.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>

#include "fieldledger/core/sha256.h"

namespace fieldledger::app {

PhotoResult StorePhoto(device::LocalStore& store, const QUrl& file, const QString& cache_dir) {
  const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
  QImageReader reader(path);
  reader.setAutoTransform(true);  // phone photos carry their rotation in EXIF
  QImage image = reader.read();
  if (image.isNull()) {
    return {{}, QCoreApplication::translate("VisitPhotos", "That file is not a picture.")};
  }
  if (std::max(image.width(), image.height()) > kPhotoLongSidePx) {
    image = image.scaled(kPhotoLongSidePx, kPhotoLongSidePx, Qt::KeepAspectRatio,
                         Qt::SmoothTransformation);
  }
  QByteArray jpeg;
  QBuffer buffer(&jpeg);
  buffer.open(QIODevice::WriteOnly);
  image.convertToFormat(QImage::Format_RGB888).save(&buffer, "JPG", 85);
  const QString sha = QString::fromStdString(store.PutBlob("photo", jpeg.toStdString()));
  QDir().mkpath(cache_dir);
  QFile cached(QDir(cache_dir).filePath(sha + QStringLiteral(".jpg")));
  if (!cached.exists() && cached.open(QIODevice::WriteOnly)) cached.write(jpeg);
  return {sha, {}};
}

QUrl PhotoUrl(device::LocalStore& store, const QString& sha256, const QString& cache_dir) {
  const QString path = QDir(cache_dir).filePath(sha256 + QStringLiteral(".jpg"));
  if (!QFile::exists(path)) {
    auto bytes = store.BlobBytes(sha256.toStdString());
    if (!bytes) return {};
    QDir().mkpath(cache_dir);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly)) return {};
    out.write(bytes->data(), static_cast<qint64>(bytes->size()));
  }
  return QUrl::fromLocalFile(path);
}

}  // namespace fieldledger::app
