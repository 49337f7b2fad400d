package dev.localizer.knime.port;

import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JScrollPane;

/** The small HTML views of the model port. */
final class Html {

    private Html() {
    }

    static String escape(final String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A read-only HTML pane; KNIME uses the component's name as the tab title. */
    static JComponent view(final String title, final String bodyHtml) {
        JEditorPane pane = new JEditorPane("text/html", "<html><body>" + bodyHtml + "</body></html>");
        pane.setEditable(false);
        JScrollPane scroll = new JScrollPane(pane);
        scroll.setName(title);
        return scroll;
    }
}
