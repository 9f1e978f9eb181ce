pragma ComponentBehavior: Bound
import QtQuick
import FieldLedger.Office

// A KPI's rate per period as a line chart drawn on a Canvas: 0-100 % on the left axis,
// one labelled point per period (a gap where a period has no data), and the policy's
// target as a dashed line.
Canvas {
    id: chart
    property var points: []        // [{label, hasRate, rate, text}], oldest first
    property bool hasTarget: false
    property real target: 0
    property string targetLabel: ""

    onPointsChanged: requestPaint()
    onHasTargetChanged: requestPaint()
    onTargetChanged: requestPaint()
    onTargetLabelChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const left = 56, right = 48, top = 24, bottom = 44
        const w = width - left - right, h = height - top - bottom
        if (w <= 0 || h <= 0) return
        const y = (v) => top + h * (1 - v)
        ctx.font = "13px sans-serif"
        // Axis and grid every 20 %.
        ctx.strokeStyle = "#D5DAE1"
        ctx.fillStyle = "#616161"
        ctx.lineWidth = 1
        for (let i = 0; i <= 5; ++i) {
            const v = i / 5
            ctx.beginPath()
            ctx.moveTo(left, y(v))
            ctx.lineTo(left + w, y(v))
            ctx.stroke()
            ctx.textAlign = "right"
            ctx.fillText(Math.round(v * 100) + "%", left - 8, y(v) + 4)
        }
        const n = points.length
        const x = (i) => left + (n <= 1 ? w / 2 : w * i / (n - 1))
        // Period labels, thinned out when they would overlap.
        ctx.textAlign = "center"
        const every = Math.max(1, Math.ceil(n * 80 / Math.max(w, 1)))
        for (let i = 0; i < n; ++i) {
            if (i % every === 0 || i === n - 1) ctx.fillText(points[i].label, x(i), top + h + 24)
        }
        if (hasTarget) {
            ctx.strokeStyle = OfficeTheme.accent
            ctx.lineWidth = 2
            ctx.setLineDash([8, 6])
            ctx.beginPath()
            ctx.moveTo(left, y(target))
            ctx.lineTo(left + w, y(target))
            ctx.stroke()
            ctx.setLineDash([])
            ctx.fillStyle = OfficeTheme.accent
            ctx.textAlign = "left"
            ctx.fillText(targetLabel, left + 6, y(target) - 6)
        }
        // The line, broken where a period has no data.
        ctx.strokeStyle = OfficeTheme.primary
        ctx.lineWidth = 3
        ctx.beginPath()
        let drawing = false
        for (let i = 0; i < n; ++i) {
            if (!points[i].hasRate) { drawing = false; continue }
            if (drawing) ctx.lineTo(x(i), y(points[i].rate))
            else ctx.moveTo(x(i), y(points[i].rate))
            drawing = true
        }
        ctx.stroke()
        ctx.textAlign = "center"
        for (let i = 0; i < n; ++i) {
            if (!points[i].hasRate) continue
            const below = hasTarget && points[i].rate < target
            ctx.fillStyle = below ? OfficeTheme.late : OfficeTheme.primary
            ctx.beginPath()
            ctx.arc(x(i), y(points[i].rate), 5, 0, 2 * Math.PI)
            ctx.fill()
            ctx.fillText(points[i].text, x(i), y(points[i].rate) - 10)
        }
    }
}
