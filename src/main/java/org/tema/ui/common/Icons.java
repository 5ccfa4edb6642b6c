package org.tema.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.Ikon;

/** The icons of the workbench, from Material Design Icons (Ikonli). */
public enum Icons {
    PREPARE(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE),
    CODE(MaterialDesignT.TAG_TEXT_OUTLINE),
    CATEGORISE(MaterialDesignS.SHAPE_OUTLINE),
    REPORT(MaterialDesignF.FILE_DOCUMENT_OUTLINE),
    NEW(MaterialDesignF.FILE_PLUS_OUTLINE),
    OPEN(MaterialDesignF.FOLDER_OPEN_OUTLINE),
    SAMPLE(MaterialDesignS.SCHOOL_OUTLINE),
    RECENT(MaterialDesignC.CLOCK_OUTLINE),
    UNDO(MaterialDesignU.UNDO),
    REDO(MaterialDesignR.REDO),
    ADD(MaterialDesignP.PLUS),
    DELETE(MaterialDesignT.TRASH_CAN_OUTLINE),
    MERGE(MaterialDesignC.CALL_MERGE),
    RENAME(MaterialDesignP.PENCIL_OUTLINE),
    SEARCH(MaterialDesignM.MAGNIFY),
    IN_VIVO(MaterialDesignF.FORMAT_QUOTE_OPEN),
    REMOVE_CODE(MaterialDesignT.TAG_REMOVE_OUTLINE),
    CANCEL(MaterialDesignC.CLOSE_CIRCLE_OUTLINE),
    SETTINGS(MaterialDesignC.COG_OUTLINE),
    THEME(MaterialDesignA.ALPHA_T_BOX_OUTLINE),
    FILTER(MaterialDesignF.FILTER_OUTLINE);

    private final Ikon ikon;

    Icons(Ikon ikon) {
        this.ikon = ikon;
    }

    public FontIcon node() {
        return new FontIcon(ikon);
    }
}
