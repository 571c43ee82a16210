package io.github.chargallery.gallery.view;

import io.github.chargallery.gallery.thumbnails.Thumbnails;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.IkonResolver;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Draws a {@link TileFace} on a tile's canvas and says where its star and badges are. The layout is
 * the one the node tree had: the picture on top (padding 4), the star in its top-left corner, the
 * spec top-right, the error badge bottom-left, the offline and ST badges bottom-right, then the name
 * and "by creator" lines, each cut with "…" to fit. Badges over the picture keep fixed colours: they
 * sit on the image, not on the theme's background; the rest comes from the tile's CSS ({@link Palette}).
 */
final class TileDrawing {
    static final double PAD = 4;
    private static final double STAR = 20;
    private static final double ICON = 16;
    private static final Color SHADE = Color.rgb(0, 0, 0, 0.6);
    private static final Color BADGE = Color.rgb(0, 0, 0, 0.65);
    private static final Color STAR_OFF = Color.web("#f0f6fc");
    private static final Color STAR_ON = Color.web("#f5c518");
    private static final Color STAR_SHADOW = Color.rgb(0, 0, 0, 0.5);
    private static final Color SPEC_TEXT = Color.web("#e6edf3");
    private static final Color WARNING = Color.web("#f5a623");
    private static final Color OFFLINE = Color.web("#c9d1d9");
    private static final Font STAR_FONT = iconFont(STAR);
    private static final Font ICON_FONT = iconFont(ICON);
    /** Measures text for the "…" cuts; only used on the FX thread. */
    private static final Text MEASURE = new Text();

    /** The tile's colours, from its CSS (so they follow the theme, hover and selection), and its font. */
    record Palette(Color border, Color fill, Color picture, Color initials, Color name, Color creator,
            Color stFill, Color stText, Font font) {
    }

    private TileDrawing() {
    }

    private static Font iconFont(double size) {
        // resolving the pack loads its font; the glyphs are then drawn as text in that font
        String family = IkonResolver.getInstance().resolve(Material2MZ.STAR.getDescription()).getFontFamily();
        return Font.font(family, size);
    }

    private static String glyph(org.kordamp.ikonli.Ikon icon) {
        return new String(Character.toChars(icon.getCode()));
    }

    static void draw(GraphicsContext g, TileFace f, Palette p, double w, double h) {
        g.clearRect(0, 0, w, h);
        if (f == null || w <= 2 * PAD || h <= 2 * PAD) {
            return;
        }
        g.setFill(p.border());
        g.fillRoundRect(0, 0, w, h, 12, 12);
        g.setFill(p.fill());
        g.fillRoundRect(1, 1, w - 2, h - 2, 10, 10);
        double pw = w - 2 * PAD;
        double ph = pictureHeight(w);
        g.setFill(p.picture());
        g.fillRoundRect(PAD, PAD, pw, ph, 6, 6);
        Font base = p.font();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        Image img = f.picture();
        if (img != null && img.getWidth() > 0 && img.getHeight() > 0) {
            double scale = Math.min(pw / img.getWidth(), ph / img.getHeight());
            double dw = img.getWidth() * scale;
            double dh = img.getHeight() * scale;
            g.drawImage(img, PAD + (pw - dw) / 2, PAD + (ph - dh) / 2, dw, dh);
        } else {
            g.setFont(fonts(base).initials());
            g.setFill(p.initials());
            g.fillText(f.initials(), w / 2, PAD + ph / 2);
        }
        drawStar(g, f.favorite());
        if (f.spec() != null) {
            Bounds b = specBox(f, w, base);
            g.setFill(SHADE);
            g.fillRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), 6, 6);
            g.setFill(SPEC_TEXT);
            g.setFont(badgeFont(base, false));
            g.fillText(f.spec(), b.getCenterX(), b.getCenterY());
        }
        if (f.error() != null) {
            iconBadge(g, errorBox(w), glyph(Material2MZ.WARNING), WARNING);
        }
        if (f.offline()) {
            iconBadge(g, offlineBox(w), glyph(Material2AL.CLOUD_OFF), OFFLINE);
        }
        if (f.sillyTavern() != null) {
            Bounds b = stBox(f, w, base);
            g.setFill(p.stFill());
            g.fillRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), 6, 6);
            g.setFill(p.stText());
            g.setFont(badgeFont(base, true));
            g.fillText(f.sillyTavern(), b.getCenterX(), b.getCenterY());
        }
        double y = PAD + ph + 2;
        Font nameFont = nameFont(base);
        g.setFont(nameFont);
        g.setFill(p.name());
        double nameLine = base.getSize() * 1.35;
        g.fillText(cut(f.name(), nameFont, pw), w / 2, y + nameLine / 2);
        Font creatorFont = creatorFont(base);
        g.setFont(creatorFont);
        g.setFill(p.creator());
        g.fillText(cut(f.creator(), creatorFont, pw), w / 2, y + nameLine + 2 + creatorFont.getSize() * 0.65);
    }

    private static void drawStar(GraphicsContext g, boolean favorite) {
        String star = glyph(favorite ? Material2MZ.STAR : Material2MZ.STAR_BORDER);
        g.setFont(STAR_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        // a shadow drawn as four offset copies: an effect would be re-rendered in software on every redraw
        g.setFill(STAR_SHADOW);
        Bounds b = starBox();
        for (double[] d : new double[][] {{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
            g.fillText(star, b.getMinX() + d[0], b.getMinY() + d[1]);
        }
        g.setFill(favorite ? STAR_ON : STAR_OFF);
        g.fillText(star, b.getMinX(), b.getMinY());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
    }

    private static void iconBadge(GraphicsContext g, Bounds b, String glyph, Color color) {
        g.setFill(BADGE);
        g.fillRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), 8, 8);
        g.setFont(ICON_FONT);
        g.setFill(color);
        g.fillText(glyph, b.getCenterX(), b.getCenterY());
    }

    static double pictureHeight(double w) {
        return w * Thumbnails.PICTURE_RATIO;
    }

    /** Where a click toggles the favourite: the star and a few pixels round it. */
    static Bounds starArea() {
        return new BoundingBox(PAD, PAD, STAR + 10, STAR + 10);
    }

    private static Bounds starBox() {
        return new BoundingBox(PAD + 5, PAD + 5, STAR, STAR);
    }

    static Bounds errorBox(double w) {
        double s = ICON + 4;
        return new BoundingBox(PAD + 4, PAD + pictureHeight(w) - 4 - s, s, s);
    }

    static Bounds offlineBox(double w) {
        double s = ICON + 4;
        return new BoundingBox(w - PAD - 4 - s, PAD + pictureHeight(w) - 4 - s, s, s);
    }

    /** Bottom-right, left of the offline badge when there is one. */
    static Bounds stBox(TileFace f, double w, Font base) {
        Font font = badgeFont(base, true);
        double bw = width(f.sillyTavern(), font) + 10;
        double bh = font.getSize() + 5;
        double right = f.offline() ? offlineBox(w).getMinX() - 4 : w - PAD - 4;
        return new BoundingBox(right - bw, PAD + pictureHeight(w) - 4 - bh, bw, bh);
    }

    private static Bounds specBox(TileFace f, double w, Font base) {
        Font font = badgeFont(base, false);
        double bw = width(f.spec(), font) + 10;
        return new BoundingBox(w - PAD - 4 - bw, PAD + 4, bw, font.getSize() + 5);
    }

    /** The tooltip for what is under (x, y): a badge's explanation, or null. */
    static String tipAt(TileFace f, double w, Font base, double x, double y) {
        if (f == null) {
            return null;
        }
        if (f.error() != null && errorBox(w).contains(x, y)) {
            return f.error();
        }
        if (f.offline() && offlineBox(w).contains(x, y)) {
            return TileFace.OFFLINE_TIP;
        }
        if (f.sillyTavern() != null && stBox(f, w, base).contains(x, y)) {
            return f.sillyTavernTip();
        }
        return null;
    }

    /** The fonts derived from a tile's font: looked up once for all tiles (a lookup is a font-file search). */
    private record Fonts(Font base, Font name, Font creator, Font initials, Font badge, Font badgeBold) {
        static Fonts of(Font base) {
            String f = base.getFamily();
            return new Fonts(base, Font.font(f, FontWeight.BOLD, base.getSize()), Font.font(f, base.getSize() * 0.85),
                    Font.font(f, FontWeight.BOLD, 34), Font.font(f, 10), Font.font(f, FontWeight.BOLD, 10));
        }
    }

    private static Fonts fonts = Fonts.of(Font.getDefault());

    private static Fonts fonts(Font base) {
        if (!fonts.base().equals(base)) {
            fonts = Fonts.of(base);
        }
        return fonts;
    }

    static Font nameFont(Font base) {
        return fonts(base).name();
    }

    static Font creatorFont(Font base) {
        return fonts(base).creator();
    }

    private static Font badgeFont(Font base, boolean bold) {
        return bold ? fonts(base).badgeBold() : fonts(base).badge();
    }

    static double width(String s, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** The text as drawn in {@code max} pixels: whole, or its longest start that fits with "…" after it. */
    static String cut(String s, Font font, double max) {
        if (s == null || s.isEmpty() || width(s, font) <= max) {
            return s == null ? "" : s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) { // the longest prefix that fits
            int mid = (lo + hi + 1) / 2;
            if (width(s.substring(0, mid).stripTrailing() + "…", font) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo > 0 && Character.isHighSurrogate(s.charAt(lo - 1))) {
            lo--; // never half a character
        }
        return s.substring(0, lo).stripTrailing() + "…";
    }
}
