package org.tema.ui.shell;

import java.util.Comparator;
import java.util.List;
import org.tema.ui.common.WindowState;

/**
 * Where the main window goes on start, from where it was and the screens there are now: never off
 * every screen (a monitor unplugged since, a laptop away from its dock) and never larger than the
 * screen it lands on. A pure function of plain rectangles, so it is tested without the toolkit.
 */
final class WindowPlacement {
    /** A rectangle in screen coordinates, such as a screen's visual bounds (without task bars). */
    record Area(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        /** The area this rectangle shares with another; 0 when they do not overlap. */
        double overlap(Area other) {
            double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
            double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    private WindowPlacement() {
    }

    /**
     * The window's bounds: the saved ones, moved and shrunk to fit inside the screen they overlap
     * most; or, when nothing was saved or the saved bounds touch no screen, a window of the default
     * size (shrunk to fit) centred on the primary screen.
     */
    static Area place(WindowState saved, List<Area> screens, Area primary, double defaultWidth, double defaultHeight) {
        if (saved != null) {
            Area wanted = new Area(saved.x(), saved.y(), saved.width(), saved.height());
            Area best = screens.stream().max(Comparator.comparingDouble(wanted::overlap)).orElse(null);
            if (best != null && wanted.overlap(best) > 0) {
                return fit(wanted, best);
            }
        }
        double w = Math.min(defaultWidth, primary.width());
        double h = Math.min(defaultHeight, primary.height());
        return new Area(primary.x() + (primary.width() - w) / 2, primary.y() + (primary.height() - h) / 2, w, h);
    }

    private static Area fit(Area wanted, Area screen) {
        double w = Math.min(wanted.width(), screen.width());
        double h = Math.min(wanted.height(), screen.height());
        double x = Math.max(screen.x(), Math.min(wanted.x(), screen.maxX() - w));
        double y = Math.max(screen.y(), Math.min(wanted.y(), screen.maxY() - h));
        return new Area(x, y, w, h);
    }
}
