package dev.localizer.engine.predict;

import java.util.Objects;

import dev.localizer.engine.loss.Estimate;

/** What a model says of one image: the prediction and the raw network estimate it was read from. */
public record Answer(Prediction prediction, Estimate estimate) {

    public Answer {
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(estimate, "estimate");
    }
}
