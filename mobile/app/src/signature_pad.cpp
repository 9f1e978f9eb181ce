#include "signature_pad.h"

#include <QPainter>
#include <algorithm>

#include "fieldledger/signature/acceptance.h"
#include "fieldledger/signature/codec.h"
#include "fieldledger/signature/flatten.h"
#include "signature_render.h"

namespace fieldledger::app {
namespace sig = signature;

SignaturePad::SignaturePad(QQuickItem* parent) : QQuickPaintedItem(parent) {
  setAcceptedMouseButtons(Qt::LeftButton);
  setAntialiasing(true);
}

int SignaturePad::pointCount() const {
  int n = 0;
  for (const auto& s : strokes_) n += static_cast<int>(s.points.size());
  return n;
}

void SignaturePad::setPenColor(const QColor& c) {
  if (c == pen_color_) return;
  pen_color_ = c;
  emit penColorChanged();
  update();
}

void SignaturePad::paint(QPainter* painter) {
  painter->setRenderHint(QPainter::Antialiasing);
  for (const auto& stroke : drawn_) DrawInkPoints(*painter, stroke, pen_color_);
  DrawInkPoints(*painter, live_points_, pen_color_);
}

sig::TimedPoint SignaturePad::Sample(QPointF pos) {
  if (!clock_.isValid()) clock_.start();
  sig::TimedPoint p;
  p.x = static_cast<float>(pos.x());
  p.y = static_cast<float>(pos.y());
  p.t_ms = static_cast<std::uint32_t>(clock_.elapsed());
  return p;
}

void SignaturePad::BeginStroke(const sig::TimedPoint& p) {
  smoother_.emplace();
  live_ = {};
  live_points_.clear();
  ContinueStroke(p);
}

void SignaturePad::ContinueStroke(const sig::TimedPoint& p) {
  if (!smoother_) return;
  live_.points.push_back(p);
  if (auto segment = smoother_->AddPoint(p)) {
    auto points = sig::FlattenSegment(*segment);
    // Segments share their end points; stamping one twice darkens nothing but wastes time.
    const auto from = live_points_.empty() ? points.begin() : points.begin() + 1;
    live_points_.insert(live_points_.end(), from, points.end());
  }
  update();
}

void SignaturePad::EndStroke() {
  if (!smoother_) return;
  smoother_.reset();
  live_points_.clear();
  if (live_.points.empty()) return;
  // Kept in the frame of the box as it was at the first stroke, so any number of
  // resizes scale from the original and lose nothing.
  if (original_.empty()) reference_ = size();
  const double s = Scale();
  sig::Stroke original = live_;
  for (auto& p : original.points) {
    p.x = static_cast<float>(p.x / s);
    p.y = static_cast<float>(p.y / s);
  }
  original_.push_back(std::move(original));
  live_ = {};
  Rebuild();
}

double SignaturePad::Scale() const {
  if (reference_.width() <= 0 || reference_.height() <= 0) return 1.0;
  return std::min(width() / reference_.width(), height() / reference_.height());
}

void SignaturePad::Rebuild() {
  const double s = Scale();
  sig::Ink ink{{static_cast<float>(width()), static_cast<float>(height())}, original_};
  for (auto& stroke : ink.strokes) {
    for (auto& p : stroke.points) {
      p.x = static_cast<float>(p.x * s);
      p.y = static_cast<float>(p.y * s);
    }
  }
  // Keep and draw the quantised strokes: exactly what the stored bytes will decode to.
  strokes_ = sig::Quantise(ink).strokes;
  drawn_.clear();
  for (const auto& stroke : strokes_)
    drawn_.push_back(sig::FlattenStroke(sig::SmoothStroke(stroke)));
  emit inkChanged();
  update();
}

void SignaturePad::addStroke(const std::vector<sig::TimedPoint>& points) {
  if (points.empty()) return;
  BeginStroke(points.front());
  for (std::size_t i = 1; i < points.size(); ++i) ContinueStroke(points[i]);
  EndStroke();
}

void SignaturePad::mousePressEvent(QMouseEvent* event) {
  // A signature is drawn downwards too: the page must not scroll under the pen.
  setKeepMouseGrab(true);
  BeginStroke(Sample(event->position()));
  event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event) {
  ContinueStroke(Sample(event->position()));
  event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event) {
  ContinueStroke(Sample(event->position()));
  EndStroke();
  setKeepMouseGrab(false);
  event->accept();
}

void SignaturePad::mouseUngrabEvent() {
  EndStroke();  // keep what was drawn when something takes the pen away
  setKeepMouseGrab(false);
}

void SignaturePad::geometryChange(const QRectF& now, const QRectF& before) {
  QQuickPaintedItem::geometryChange(now, before);
  if (original_.empty() || now.size() == before.size() || now.width() <= 0 || now.height() <= 0) {
    return;
  }
  Rebuild();
}

void SignaturePad::undo() {
  if (original_.empty()) return;
  original_.pop_back();
  Rebuild();
}

void SignaturePad::clear() {
  if (strokes_.empty()) return;
  original_.clear();
  reference_ = {};
  strokes_.clear();
  drawn_.clear();
  clock_.invalidate();  // a fresh signature starts its own timeline
  emit inkChanged();
  update();
}

sig::Ink SignaturePad::ink() const {
  sig::Ink ink;
  ink.canvas = {static_cast<float>(width()), static_cast<float>(height())};
  ink.strokes = strokes_;
  return ink;
}

QString SignaturePad::refusal(const QString& signer_name) const {
  const auto verdict = sig::CheckSignature({ink(), signer_name.toStdString()});
  return SignatureRefusalText(static_cast<int>(verdict.refusal));
}

QString SignatureRefusalText(int refusal) {
  switch (static_cast<sig::Refusal>(refusal)) {
    case sig::Refusal::kNone:
      return {};
    case sig::Refusal::kBlank:
      return SignaturePad::tr("Please sign in the box.");
    case sig::Refusal::kTooFewPoints:
    case sig::Refusal::kTooShort:
    case sig::Refusal::kTooSmall:
      return SignaturePad::tr("That is too short to be a signature. Please sign your name.");
    case sig::Refusal::kNameMissing:
      return SignaturePad::tr("Please enter the signer's name.");
    case sig::Refusal::kNameTooLong:
      return SignaturePad::tr("The name is too long (at most 100 characters).");
    case sig::Refusal::kNameInvalid:
      return SignaturePad::tr("The name contains characters that cannot be stored.");
  }
  return {};
}

}  // namespace fieldledger::app
