#include "ui/widgets/icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void initOutpostResources() {
    Q_INIT_RESOURCE(outpost);
}

namespace outpost::ui {
namespace {

QString resourcePath(const QString& name) {
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QImage render(const QString& path, QSize pixels, const QColor& tint) {
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    if (!renderer.isValid()) return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    if (tint.isValid()) {
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), tint);
    }
    return image;
}

// Renders the SVG at the exact size asked, tinted by mode from the current palette.
class SvgIconEngine final : public QIconEngine {
  public:
    enum class Tint { palette, fixed, none };
    SvgIconEngine(QString path, Tint tint, QColor color = {}) : m_path(std::move(path)), m_tint(tint), m_color(color) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QImage image = render(m_path, (QSizeF(rect.size()) * dpr).toSize(), colorFor(mode));
        image.setDevicePixelRatio(dpr);
        painter->drawImage(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override {
        QImage image = render(m_path, (QSizeF(size) * scale).toSize(), colorFor(mode));
        image.setDevicePixelRatio(scale);
        return QPixmap::fromImage(image);
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new SvgIconEngine(m_path, m_tint, m_color); }
    QString key() const override { return QStringLiteral("outpost-svg"); }

  private:
    QColor colorFor(QIcon::Mode mode) const {
        if (m_tint == Tint::none) return {};
        if (m_tint == Tint::fixed) {
            if (mode != QIcon::Disabled) return m_color;
            QColor faded = m_color;
            faded.setAlphaF(0.4f);
            return faded;
        }
        const QPalette palette = QApplication::palette();
        switch (mode) {
            case QIcon::Selected:
                return palette.color(QPalette::HighlightedText);
            case QIcon::Disabled:
                return palette.color(QPalette::Disabled, QPalette::WindowText);
            default:
                return palette.color(QPalette::WindowText);
        }
    }

    QString m_path;
    Tint m_tint;
    QColor m_color;
};

}  // namespace

void Icons::ensureResources() {
    static const bool done = [] {
        initOutpostResources();
        return true;
    }();
    (void)done;
}

QIcon Icons::themed(const QString& name) {
    ensureResources();
    return QIcon(new SvgIconEngine(resourcePath(name), SvgIconEngine::Tint::palette));
}

QIcon Icons::tinted(const QString& name, const QColor& color) {
    ensureResources();
    return QIcon(new SvgIconEngine(resourcePath(name), SvgIconEngine::Tint::fixed, color));
}

QIcon Icons::colored(const QString& name) {
    ensureResources();
    return QIcon(new SvgIconEngine(resourcePath(name), SvgIconEngine::Tint::none));
}

QPixmap Icons::pixmap(const QString& name, int size, qreal devicePixelRatio, const QColor& tint) {
    ensureResources();
    QImage image = render(resourcePath(name), QSize(size, size) * devicePixelRatio, tint);
    image.setDevicePixelRatio(devicePixelRatio);
    return QPixmap::fromImage(image);
}

}  // namespace outpost::ui
