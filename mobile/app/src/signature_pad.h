#pragma once
// The customer's signing surface: collects timed points per stroke, draws them smoothed
// live (shared/fieldledger/signature, as the server will render them), and offers undo,
// clear and the acceptance check. Coordinates are the item's own DIP.
#include <QtQml/qqmlregistration.h>
#include <QColor>
#include <QElapsedTimer>
#include <QQuickPaintedItem>
#include <optional>
#include <vector>

#include "fieldledger/signature/ink.h"
#include "fieldledger/signature/smoothing.h"

namespace fieldledger::app {

class SignaturePad : public QQuickPaintedItem {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(int strokeCount READ strokeCount NOTIFY inkChanged)
  Q_PROPERTY(int pointCount READ pointCount NOTIFY inkChanged)
  Q_PROPERTY(bool empty READ empty NOTIFY inkChanged)
  Q_PROPERTY(QColor penColor READ penColor WRITE setPenColor NOTIFY penColorChanged)

 public:
  explicit SignaturePad(QQuickItem* parent = nullptr);

  void paint(QPainter* painter) override;

  int strokeCount() const { return static_cast<int>(strokes_.size()); }
  int pointCount() const;
  bool empty() const { return strokes_.empty(); }
  QColor penColor() const { return pen_color_; }
  void setPenColor(const QColor& c);

  Q_INVOKABLE void undo();
  Q_INVOKABLE void clear();
  // Why this signature cannot be accepted with this name, in the app's language;
  // empty when it can.
  Q_INVOKABLE QString refusal(const QString& signer_name) const;

  // The finished strokes, quantised as the codec stores them, on this pad's canvas.
  signature::Ink ink() const;
  // Adds a whole stroke as if drawn (the screenshot tour and tests use real events;
  // this is for C++ unit tests without a window).
  void addStroke(const std::vector<signature::TimedPoint>& points);

 signals:
  void inkChanged();
  void penColorChanged();

 protected:
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void mouseUngrabEvent() override;
  // A rotation or resize scales the strokes to the new box (keeping their shape), so a
  // signature in progress is never cut off.
  void geometryChange(const QRectF& now, const QRectF& before) override;

 private:
  signature::TimedPoint Sample(QPointF pos);
  void BeginStroke(const signature::TimedPoint& p);
  void ContinueStroke(const signature::TimedPoint& p);
  void EndStroke();
  // The current box over the box at the first stroke (aspect kept).
  double Scale() const;
  // strokes_ and drawn_ from original_ at the current size.
  void Rebuild();

  std::vector<signature::Stroke> original_;              // finished, in the frame of reference_
  QSizeF reference_;                                     // the box's size at the first stroke
  std::vector<signature::Stroke> strokes_;               // finished, quantised, as shown
  std::vector<std::vector<signature::InkPoint>> drawn_;  // flattened, one per stroke
  std::optional<signature::StrokeSmoother> smoother_;    // set while the pen is down
  signature::Stroke live_;
  std::vector<signature::InkPoint> live_points_;
  QElapsedTimer clock_;  // t = 0 at the first touch of the signature
  QColor pen_color_{0x0D, 0x21, 0x4F};
};

// The refusal's words for the signer, translated (acceptance.h gives English only).
QString SignatureRefusalText(int refusal);

}  // namespace fieldledger::app
