package dev.localizer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.localizer.engine.Progress;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.loss.Estimate;
import dev.localizer.engine.predict.Answer;
import dev.localizer.engine.predict.Prediction;
import dev.localizer.engine.predict.Predictor;

/**
 * A model's answers for images: each prediction together with the network's raw estimate. The predictions CSV
 * needs every class probability, and the reference loss the unclamped normalized box, which a prediction alone
 * does not keep. Images are read one batch at a time, so large folders need not fit in memory.
 */
record Estimation(List<Prediction> predictions, List<Estimate> estimates) {

    static <T> Estimation run(Predictor predictor, List<T> items, Function<T, DecodedImage> read, Progress progress) {
        List<Answer> answers = predictor.answer(items, read, progress);
        return new Estimation(answers.stream().map(Answer::prediction).toList(),
                answers.stream().map(Answer::estimate).toList());
    }

    /** The CSV rows of these answers, with the file keys of the images in the same order. */
    List<PredictionsCsv.Row> rows(List<String> files, List<String> classNames) {
        List<PredictionsCsv.Row> rows = new ArrayList<>(predictions.size());
        for (int i = 0; i < predictions.size(); i++) {
            Prediction prediction = predictions.get(i);
            double[] probabilities = estimates.get(i).classProbabilities();
            Map<String, Double> byClass = new LinkedHashMap<>();
            for (int c = 0; c < probabilities.length; c++) {
                byClass.put(classNames.get(c), probabilities[c]);
            }
            rows.add(new PredictionsCsv.Row(files.get(i), prediction.box(), prediction.presenceProbability(),
                    prediction.present(), prediction.className(), prediction.classProbability(), byClass));
        }
        return rows;
    }
}
