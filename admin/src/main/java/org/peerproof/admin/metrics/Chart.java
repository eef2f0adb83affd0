package org.peerproof.admin.metrics;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chart.js chart (MIT licensed; Vaadin Charts needs a commercial subscription). The server builds the Chart.js
 * configuration as JSON and the {@code peerproof-chart} element draws it. Chart.js comes from its webjar and the
 * element from this module's static resources, both loaded at runtime: an npm package would need a rebuilt Vaadin
 * bundle, and the npm registry this project builds against lacks some of the Vaadin component versions that takes.
 */
@Tag("peerproof-chart")
@JavaScript(Chart.CHART_JS_URL)
@JavaScript("context://peerproof-chart.js")
public class Chart extends Component implements HasSize {

    /** Chart.js from the webjar; the version is the {@code chartjs.version} of the parent pom. */
    static final String CHART_JS_URL = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    /** The chart kinds the dashboard uses, named as Chart.js names them. */
    public enum Kind {
        BAR, LINE;

        String chartJsName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One series: its label, values (one per category; {@code null} for none) and colour. */
    public record Series(String label, List<? extends Number> values, String color) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public Chart(String id, String description) {
        setId(id);
        getElement().setAttribute("aria-label", description);
        setWidthFull();
        setHeight("16rem");
    }

    /**
     * Draws {@code series} over {@code categories}.
     *
     * @param percent whether the values are shares from 0 to 100, so the axis stops at 100
     */
    public void show(Kind kind, List<String> categories, List<Series> series, boolean percent) {
        ObjectNode config = JSON.objectNode();
        config.put("type", kind.chartJsName());
        var data = config.putObject("data");
        var labels = data.putArray("labels");
        categories.forEach(labels::add);
        ArrayNode datasets = data.putArray("datasets");
        for (var one : series) {
            var dataset = datasets.addObject();
            dataset.put("label", one.label());
            dataset.put("backgroundColor", one.color());
            dataset.put("borderColor", one.color());
            dataset.put("spanGaps", true);
            var values = dataset.putArray("data");
            one.values().forEach(value -> {
                if (value == null) {
                    values.addNull();
                } else {
                    values.add(value.doubleValue());
                }
            });
        }
        var y = config.putObject("options").putObject("scales").putObject("y");
        y.put("beginAtZero", true);
        if (percent) {
            y.put("max", 100);
        }
        getElement().setPropertyJson("config", config);
    }
}
