// Photos of the work: stored scaled as JPEG blobs before the work record names them;
// at most five; a file that is not a picture is refused with a reason.
#include <gtest/gtest.h>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QTemporaryDir>

#include "app_session.h"
#include "offline_device.h"
#include "visit_controller.h"
#include "visit_photos.h"

namespace fieldledger::app {
namespace {

class VisitPhotosTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QLocale::setDefault(QLocale(QLocale::English));
    testing::SeedSignedInDevice(dir_.path(), [](v1::Job& j) { j.set_reference("FL-8"); });
    session_ = std::make_unique<AppSession>(dir_.path(), "127.0.0.1:9");
  }
  QUrl Picture(const QString& name, int w, int h) {
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    const QString path = dir_.filePath(name);
    EXPECT_TRUE(image.save(path));
    return QUrl::fromLocalFile(path);
  }

  QTemporaryDir dir_;
  std::unique_ptr<AppSession> session_;
};

TEST_F(VisitPhotosTest, APhotoIsScaledStoredAndNamedByTheWorkRecord) {
  VisitController visit(session_.get());
  visit.setJobId("j1");
  ASSERT_TRUE(visit.onMyWay());
  ASSERT_TRUE(session_->checkIn("j1", false, 0, 0, 0));

  const auto added = visit.addPhoto(Picture("big.png", 4000, 3000), 0);
  const QString sha = added.value("sha256").toString();
  ASSERT_EQ(sha.size(), 64) << added.value("error").toString().toStdString();
  auto& store = session_->device().store();
  auto bytes = store.BlobBytes(sha.toStdString());
  ASSERT_TRUE(bytes);
  const QImage stored = QImage::fromData(QByteArray::fromStdString(*bytes), "JPG");
  EXPECT_EQ(stored.width(), kPhotoLongSidePx);
  EXPECT_EQ(stored.height(), 1200);
  EXPECT_TRUE(visit.photoUrl(sha).isLocalFile());

  ASSERT_EQ(visit.recordWork(
                {{"faults", QStringList{"disassembly_repair"}}, {"photos", QStringList{sha}}}),
            "");
  const auto events = store.EventsOf("j1");
  const auto& work = events.back().work_recorded();
  ASSERT_EQ(work.photo_sha256_size(), 1);
  EXPECT_EQ(work.photo_sha256(0), sha.toStdString());
  // The blob waits to be uploaded, ahead of the event that names it.
  bool pending = false;
  for (const auto& b : store.PendingBlobs()) pending = pending || b.sha256 == sha.toStdString();
  EXPECT_TRUE(pending);
}

TEST_F(VisitPhotosTest, AtMostFivePhotosAndOnlyPictures) {
  VisitController visit(session_.get());
  visit.setJobId("j1");
  EXPECT_FALSE(visit.addPhoto(Picture("p.png", 10, 10), 5).value("error").toString().isEmpty());
  QFile text(dir_.filePath("notes.txt"));
  ASSERT_TRUE(text.open(QIODevice::WriteOnly));
  text.write("not a picture");
  text.close();
  const auto refused = visit.addPhoto(QUrl::fromLocalFile(text.fileName()), 0);
  EXPECT_TRUE(refused.value("sha256").toString().isEmpty());
  EXPECT_EQ(refused.value("error").toString(), "That file is not a picture.");
}

}  // namespace
}  // namespace fieldledger::app
