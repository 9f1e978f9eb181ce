#include "signature_render.h"

#include <QBuffer>
#include <QPainter>

#include "fieldledger/signature/flatten.h"

namespace fieldledger::app {

void DrawInkPoints(QPainter& painter, const std::vector<signature::InkPoint>& points,
                   const QColor& color) {
  painter.setPen(Qt::NoPen);
  painter.setBrush(color);
  for (const auto& p : points) painter.drawEllipse(QPointF(p.x, p.y), p.width, p.width);
}

void DrawInk(QPainter& painter, const signature::Ink& ink, const QColor& color) {
  for (const auto& stroke : signature::FlattenInk(ink)) DrawInkPoints(painter, stroke, color);
}

QImage RenderInk(const signature::Ink& ink, double scale, const QColor& color) {
  const QSize size(qMax(1, qRound(ink.canvas.width * scale)),
                   qMax(1, qRound(ink.canvas.height * scale)));
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.scale(scale, scale);
  DrawInk(painter, ink, color);
  return image;
}

QByteArray RenderInkPng(const signature::Ink& ink, double scale) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  RenderInk(ink, scale).save(&buffer, "PNG");
  return bytes;
}

}  // namespace fieldledger::app
