#pragma once
// Photos of the work: a picked image is scaled to at most 1600 px on its long side and
// stored as a JPEG blob (content-addressed by SHA-256) before the work record that
// names it, so an event never points at bytes the phone does not have.
#include <QString>
#include <QUrl>

#include "fieldledger/visit/rules.h"
#include "local_store.h"

namespace fieldledger::app {

// The shared visit rules' limit, which the server enforces too.
inline constexpr int kMaxPhotosPerVisit = static_cast<int>(visit::kMaxPhotos);
inline constexpr int kPhotoLongSidePx = 1600;

struct PhotoResult {
  QString sha256;  // empty when refused
  QString error;   // why, for the technician
};

// Reads the image at `file`, stores it as a "photo" blob, and keeps a copy at
// <cache_dir>/<sha256>.jpg for thumbnails.
PhotoResult StorePhoto(device::LocalStore& store, const QUrl& file, const QString& cache_dir);

// A file URL for showing a stored photo (written from the blob if not cached yet).
QUrl PhotoUrl(device::LocalStore& store, const QString& sha256, const QString& cache_dir);

}  // namespace fieldledger::app
