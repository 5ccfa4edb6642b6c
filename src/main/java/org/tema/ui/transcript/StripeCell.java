package org.tema.ui.transcript;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.text.Text;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The margin beside one paragraph: a coloured stripe per coded passage in its lane, and, where a
 * passage begins, its code's label. Clicking a stripe or a label selects the passage.
 */
final class StripeCell extends Region {
    static final double LABEL_WIDTH = 132;
    static final double LANE_WIDTH = 5;
    static final double LANE_GAP = 3;
    static final int MAX_LANES = 8;
    private static final double LABEL_HEIGHT = 16;
    private static final int LABEL_CHARS = 20;
    private final List<StripeLayout.Stripe> stripes;
    private final int lanes;

    StripeCell(List<StripeLayout.Stripe> stripes, int lanes, Consumer<Mark> onClick) {
        this.stripes = stripes;
        this.lanes = Math.min(lanes, MAX_LANES);
        getStyleClass().add("stripe-cell");
        for (StripeLayout.Stripe s : stripes) {
            if (s.lane() >= MAX_LANES) {
                continue;
            }
            Rectangle bar = new Rectangle(LANE_WIDTH, 1, Color.web(s.mark().colour()));
            bar.getStyleClass().add("coding-stripe");
            bar.setUserData(s.mark());
            bar.setCursor(Cursor.HAND);
            bar.setOnMouseClicked(e -> onClick.accept(s.mark()));
            getChildren().add(bar);
        }
        for (StripeLayout.Stripe s : stripes) {
            if (s.first()) {
                Text label = new Text(shorten(s.mark().label()));
                label.getStyleClass().add("stripe-label");
                label.setFill(Color.web(s.mark().colour()));
                label.setUserData(s.mark());
                label.setCursor(Cursor.HAND);
                label.setOnMouseClicked(e -> onClick.accept(s.mark()));
                getChildren().add(label);
            }
        }
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    /** Cuts a code's label to what fits beside the stripes. */
    static String shorten(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).strip() + "…";
    }

    @Override
    protected double computePrefWidth(double height) {
        return LABEL_WIDTH + lanes * (LANE_WIDTH + LANE_GAP) + 6;
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return labels() * LABEL_HEIGHT;
    }

    private long labels() {
        return stripes.stream().filter(StripeLayout.Stripe::first).count();
    }

    @Override
    protected void layoutChildren() {
        double h = getHeight();
        double y = 0;
        for (var node : getChildren()) {
            if (node instanceof Rectangle bar) {
                StripeLayout.Stripe s = stripeOf((Mark) bar.getUserData());
                double top = s.first() ? 3 : 0;
                double bottom = s.last() ? 3 : 0;
                bar.setX(LABEL_WIDTH + s.lane() * (LANE_WIDTH + LANE_GAP));
                bar.setY(top);
                bar.setHeight(Math.max(1, h - top - bottom));
            } else if (node instanceof Text label) {
                double w = label.getLayoutBounds().getWidth();
                label.setX(Math.max(2, LABEL_WIDTH - 6 - w));
                label.setY(y + LABEL_HEIGHT - 4);
                y += LABEL_HEIGHT;
            }
        }
    }

    private StripeLayout.Stripe stripeOf(Mark mark) {
        for (StripeLayout.Stripe s : stripes) {
            if (s.mark() == mark) {
                return s;
            }
        }
        throw new IllegalStateException("No stripe for " + mark);
    }
}
