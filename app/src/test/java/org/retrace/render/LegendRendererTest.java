package org.retrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LegendRendererTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void takesOneRowWhenWideAndWrapsOntoMoreWhenNarrow() {
        LegendRenderer legend = new LegendRenderer(Theme.standard());
        assertEquals(22 + 8, legend.height(1200, false));
        assertEquals(2 * 22 + 8, legend.height(400, false));
        assertEquals(3 * 22 + 8, legend.height(400, true));
    }
}
