#pragma once
// Draws signature ink the way docs/signature.md says every renderer must: smooth and
// flatten with shared/fieldledger/signature, then stamp a disc of radius `width` at
// every point. The pad, the PNG for the report and the PDF all draw through here.
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <vector>

#include "fieldledger/signature/geometry.h"
#include "fieldledger/signature/ink.h"

class QPainter;

namespace fieldledger::app {

// Stamps the discs of one flattened polyline (DIP coordinates; the painter scales).
void DrawInkPoints(QPainter& painter, const std::vector<signature::InkPoint>& points,
                   const QColor& color);
void DrawInk(QPainter& painter, const signature::Ink& ink, const QColor& color);

// The ink on a transparent canvas of its own size times `scale`.
QImage RenderInk(const signature::Ink& ink, double scale, const QColor& color = Qt::black);
QByteArray RenderInkPng(const signature::Ink& ink, double scale = 2.0);

}  // namespace fieldledger::app
