package dev.localizer.engine.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.localizer.engine.CancelledException;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import dev.localizer.engine.backend.BackendReport;
import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.features.FeatureCache;
import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.model.InputEncoding;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.model.LocalizerOutputs;
import dev.localizer.engine.model.TrainingSummary;
import dev.localizer.engine.model.Vgg16Localizer;
import dev.localizer.engine.model.vgg16.Vgg16ModelStore;
import dev.localizer.engine.model.vgg16.Vgg16Weights;
import dev.localizer.engine.scene.Scene;

/**
 * Trains a localizer: batches are prepared on a background thread while the network trains, progress is
 * reported every step ("epoch 3/15, batch 20/50, loss 0.41"), cancellation is honoured between steps, every
 * epoch is validated on held-out scenes, and the model of the epoch with the lowest validation loss is kept.
 */
public final class Trainer {

    static final String COMPLETED = "all epochs done";
    static final String TIME_BUDGET = "time budget reached";
    static final String EARLY_STOPPING = "early stopping: validation loss stopped improving";
    /**
     * The learning rate rises linearly over this share of the training from a tenth of its value, so that the
     * first steps, taken while Adam's moment estimates are still poor, stay small.
     */
    private static final double WARM_UP_SHARE = 0.03;
    /** The learning rate decays to this share of its start value. */
    private static final double FINAL_LEARNING_RATE_SHARE = 0.02;
    static final int QUEUED_BATCHES = 3;
    private static final int MAX_GENERATED_VALIDATION_SCENES = 2000;
    /** Setting DL4J's learning rate rebuilds its updater (milliseconds), so it is only done when it moved this much. */
    private static final double LEARNING_RATE_STEP = 0.01;

    private final TrainingConfig config;

    public Trainer(TrainingConfig config) {
        this.config = config;
    }

    /**
     * Trains a new model on the data.
     *
     * @throws CancelledException when progress says the user cancelled
     * @throws LocalizerException when the data or settings do not allow training, or the loss diverges
     */
    public TrainingResult train(TrainingData data, Progress progress) {
        TrainingMemory.check(config);
        BackendReport backend = Backends.initialize(config.device());
        Nd4j.getRandom().setSeed(config.seed());
        return run(createModel(data.classNames(), progress), data, data.classNames(), backend, progress, true);
    }

    /**
     * Trains a model trained before further on the data, e.g. to fine-tune it on new pictures: it keeps its
     * backbone, input size and classes (the data may have fewer of them) and starts from its weights; the config
     * gives the rest (epochs, learning rate, ...). A model loaded from a file trains as a whole network, without
     * cached backbone features.
     *
     * @throws LocalizerException when the model's backbone is not the config's, or the data has a class the model
     *                            does not know
     */
    public TrainingResult continueTraining(LocalizerModel start, TrainingData data, Progress progress) {
        Backbone backbone = start.manifest().backbone();
        if (backbone != config.backbone()) {
            throw new LocalizerException("The model to train further has the " + backbone + " backbone, but the "
                    + "settings say " + config.backbone() + ": choose " + backbone + ", or train a new model.");
        }
        List<String> unknown = data.classNames().stream().filter(name -> !start.classNames().contains(name)).toList();
        if (!unknown.isEmpty() && start.classNames().size() > 1) {
            throw new LocalizerException("The model to train further knows the classes " + start.classNames()
                    + ", but the pictures also have " + unknown + ": give pictures of the model's classes only, "
                    + "or train a new model.");
        }
        BackendReport backend = Backends.initialize(config.device());
        Nd4j.getRandom().setSeed(config.seed());
        // a one-class model has no class head: its objects are of its one class whatever the labels say
        return run(start, start.classNames().size() > 1 ? data : asOneClass(data, start.classNames().get(0)),
                start.classNames(), backend, progress, false);
    }

    private static TrainingData asOneClass(TrainingData data, String className) {
        if (data instanceof TrainingData.SceneList list) {
            return TrainingData.of(relabel(list.scenes(), className));
        }
        if (data instanceof TrainingData.SplitSceneList split) {
            return TrainingData.of(relabel(split.training(), className), relabel(split.validation(), className));
        }
        Supplier<Scene> source = ((TrainingData.SceneStream) data).source();
        return TrainingData.generated(() -> relabel(List.of(source.get()), className).get(0), List.of(className));
    }

    private static List<Scene> relabel(List<Scene> scenes, String className) {
        return scenes.stream().map(scene -> scene.label().present()
                ? new Scene(scene.image(), scene.label().withClassName(className)) : scene).toList();
    }

    /** @param fresh whether the model is untrained, so that its output biases start from the data's priors */
    private TrainingResult run(LocalizerModel model, TrainingData data, List<String> classNames, BackendReport backend,
            Progress progress, boolean fresh) {
        boolean caching = model.pretrainedBase().isPresent() && config.cacheFeatures()
                && !(data instanceof TrainingData.SceneStream);
        Random random = new Random(config.seed());
        // cached features belong to the pictures as they are, so they cannot be changed
        boolean mirrored = config.augment() && !caching;
        if (config.augment() && caching) {
            progress.report(0, "The pictures are not augmented (no flips, crops or colour changes): their VGG16 "
                    + "features are computed once and reused every epoch. Turn feature caching off to augment them, "
                    + "at slower steps.");
        }
        Plan plan = plan(data, random, mirrored);
        try (FeatureCache cache = caching ? new FeatureCache(model.pretrainedBase().get().backbone().featureShape(),
                FeatureCache.defaultMemoryBudgetBytes(), Path.of(System.getProperty("java.io.tmpdir"))) : null) {
            SceneEncoder encoder = caching ? new SceneEncoder(model, classNames, cache, plan.training())
                    : new SceneEncoder(model, classNames);
            Validation validation = new Validation(plan.validation(), encoder, config.batchSize());
            if (fresh && model.manifest().outputsLogits()) {
                // generated scenes have no training list; the validation scenes come from the same stream
                LocalizerOutputs.initializeBiases(model.network(),
                        plan.training().isEmpty() ? plan.validation() : plan.training(), classNames);
            }
            try (BatchProducer producer = new BatchProducer(plan.batches(), encoder, QUEUED_BATCHES)) {
                return new Run(model, validation, producer, plan.stepsPerEpoch(), mirrored, backend, progress).execute();
            }
        }
    }

    private LocalizerModel createModel(List<String> classNames, Progress progress) {
        if (config.backbone() == Backbone.VGG16) {
            Vgg16Weights weights;
            try {
                weights = Vgg16ModelStore.imagenet().load(config.weightsFileIfNamed(), true, progress.range(0, 0.02));
            } catch (LocalizerException e) {
                throw new LocalizerException(e.getMessage() + " Or choose the " + Backbone.COMPACT
                        + " backbone, which trains from scratch and needs no pretrained weights.", e);
            }
            return Vgg16Localizer.create(weights, config.inputSize(), classNames, config.lossWeights(), config.seed(),
                    config.learningRate(), config.fineTuneLastBlock());
        }
        InputEncoding input = new InputEncoding(config.inputSize(), config.inputSize(), true);
        return LocalizerModel.createCompact(input, classNames, config.lossWeights(), config.seed(), config.learningRate());
    }

    /**
     * Which scenes validate, which train (a scene list only; empty for generated scenes), how training batches are
     * drawn, and how many make an epoch.
     */
    private record Plan(List<Scene> validation, List<Scene> training, Supplier<List<SceneView>> batches, int stepsPerEpoch) {
    }

    /** @param augment whether training scenes are changed at random (see {@link Augmentation}) */
    private Plan plan(TrainingData data, Random random, boolean augment) {
        if (data instanceof TrainingData.SceneList list) {
            return planList(list.scenes(), random, augment);
        }
        if (data instanceof TrainingData.SplitSceneList split) {
            return planSplit(split.training(), split.validation(), random, augment);
        }
        return planStream(((TrainingData.SceneStream) data).source(), random, augment);
    }

    private Plan planList(List<Scene> scenes, Random random, boolean augment) {
        List<Scene> shuffled = new ArrayList<>(scenes);
        Collections.shuffle(shuffled, random);
        int validationCount = Math.min(scenes.size() - 1, (int) Math.round(scenes.size() * config.validationFraction()));
        return planSplit(shuffled.subList(validationCount, shuffled.size()), shuffled.subList(0, validationCount),
                random, augment);
    }

    private Plan planSplit(List<Scene> trainingScenes, List<Scene> validationScenes, Random random, boolean augment) {
        List<Scene> validation = List.copyOf(validationScenes);
        List<Scene> training = List.copyOf(trainingScenes);
        int steps = config.stepsPerEpoch() > 0 ? config.stepsPerEpoch()
                : (training.size() + config.batchSize() - 1) / config.batchSize();
        Random order = new Random(random.nextLong());
        Supplier<Scene> endless = new Supplier<>() {
            private final List<Scene> pass = new ArrayList<>(training);
            private int next = pass.size();

            @Override
            public Scene get() {
                if (next == pass.size()) {
                    Collections.shuffle(pass, order);
                    next = 0;
                }
                return pass.get(next++);
            }
        };
        Random changes = new Random(random.nextLong());
        return new Plan(validation, training, batchesOf(endless, augment ? new Augmentation(changes, true) : null), steps);
    }

    private Plan planStream(Supplier<Scene> source, Random random, boolean augment) {
        if (config.stepsPerEpoch() == 0) {
            throw new LocalizerException("Generated scenes never run out, so an epoch needs a number of steps: "
                    + "set steps per epoch to 1 or more (e.g. 50)");
        }
        long epochImages = (long) config.stepsPerEpoch() * config.batchSize();
        int validationCount = (int) Math.min(MAX_GENERATED_VALIDATION_SCENES,
                Math.round(epochImages * config.validationFraction()));
        List<Scene> validation = new ArrayList<>(validationCount);
        for (int i = 0; i < validationCount; i++) {
            validation.add(source.get());
        }
        Random changes = new Random(random.nextLong());
        return new Plan(validation, List.of(), batchesOf(source, augment ? new Augmentation(changes, false) : null),
                config.stepsPerEpoch());
    }

    /** @param augmentation how training scenes are changed, or null to train on them as they are */
    private Supplier<List<SceneView>> batchesOf(Supplier<Scene> scenes, Augmentation augmentation) {
        return () -> {
            List<SceneView> batch = new ArrayList<>(config.batchSize());
            for (int i = 0; i < config.batchSize(); i++) {
                Scene scene = scenes.get();
                batch.add(augmentation == null ? SceneView.of(scene) : augmentation.apply(scene));
            }
            return batch;
        };
    }

    /** One training run: the loop over epochs and steps and its bookkeeping. */
    private final class Run {

        private final LocalizerModel model;
        private final ComputationGraph network;
        private final Validation validation;
        private final BatchProducer producer;
        private final int stepsPerEpoch;
        private final boolean mirrored;
        private final BackendReport backend;
        private final Progress progress;
        private final long start = System.nanoTime();
        private final List<EpochRecord> history = new ArrayList<>();
        private final List<Validation.Outcome> outcomes = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private long stepsDone;
        private INDArray bestParameters;
        private EpochRecord bestEpoch;
        private Validation.Outcome bestOutcome;
        private double learningRateInUse = config.learningRate();
        /** The step at which the cool-down before an early stop began, or -1 while training has not plateaued. */
        private long coolDownFirstStep = -1;
        /** Where the learning-rate schedule stood when the cool-down began. */
        private double coolDownFrom;

        Run(LocalizerModel model, Validation validation, BatchProducer producer, int stepsPerEpoch, boolean mirrored,
            BackendReport backend, Progress progress) {
            this.model = model;
            this.network = model.network();
            this.validation = validation;
            this.producer = producer;
            this.stepsPerEpoch = stepsPerEpoch;
            this.mirrored = mirrored;
            this.backend = backend;
            this.progress = progress;
        }

        TrainingResult execute() {
            String stopReason = COMPLETED;
            for (int epoch = 1; (config.trainsUntilBudget() || epoch <= config.epochs()) && stopReason.equals(COMPLETED);
                    epoch++) {
                double lossSum = 0;
                int steps = 0;
                for (int step = 1; step <= stepsPerEpoch; step++) {
                    if (timeIsUp()) {
                        stopReason = TIME_BUDGET;
                        break;
                    }
                    lossSum += trainStep(epoch, step);
                    steps++;
                }
                if (steps > 0) {
                    EpochRecord record = validate(epoch, lossSum / steps);
                    history.add(record);
                    if (stopsEarly()) {
                        stopReason = EARLY_STOPPING;
                    }
                }
            }
            if (bestParameters != null) {
                network.setParams(bestParameters);
            }
            progress.report(1, "training done (" + stopReason + ")");
            return new TrainingResult(model.withTraining(summary()), history, backend, stopReason, warnings);
        }

        private double trainStep(int epoch, int step) {
            progress.checkCancelled();
            MultiDataSet batch;
            try {
                batch = producer.next();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            double learningRate = learningRate(scheduled());
            if (Math.abs(learningRate - learningRateInUse) > LEARNING_RATE_STEP * learningRateInUse) {
                network.setLearningRate(learningRate);
                learningRateInUse = learningRate;
            }
            network.fit(batch);
            double loss = network.score();
            if (!Double.isFinite(loss)) {
                throw new LocalizerException(String.format(Locale.ROOT,
                        "Training diverged at epoch %d, batch %d: the loss became %s. Lower the learning rate (now %s), "
                                + "e.g. to a tenth, and train again.", epoch, step, loss, config.learningRate()));
            }
            stepsDone++;
            progress.report(done(), String.format(Locale.ROOT, "epoch %s, batch %d/%d, loss %.3f",
                    epochOfAll(epoch), step, stepsPerEpoch, loss));
            return loss;
        }

        private EpochRecord validate(int epoch, double loss) {
            if (validation.isEmpty()) {
                return new EpochRecord(epoch, loss, Double.NaN, Double.NaN, Double.NaN, Double.NaN, seconds());
            }
            Validation.Outcome outcome = validation.evaluate(model, config.lossWeights());
            EpochRecord record = new EpochRecord(epoch, loss, outcome.loss(), outcome.metrics().detectionAccuracy(),
                    outcome.metrics().meanIou(), outcome.metrics().classAccuracy(), seconds());
            if (bestEpoch == null || outcome.loss() < bestEpoch.validationLoss()) {
                bestEpoch = record;
                bestOutcome = outcome;
                bestParameters = network.params().dup();
            }
            progress.report(done(), String.format(Locale.ROOT,
                    "epoch %s done: loss %.3f, validation loss %.3f (floor %.3f), detection %.1f%%, mean IoU %.3f",
                    epochOfAll(epoch), loss, outcome.loss(), outcome.floor(),
                    100 * outcome.metrics().detectionAccuracy(), outcome.metrics().meanIou()));
            outcomes.add(outcome);
            if (warnings.isEmpty()) {
                CollapseGuard.warning(outcomes, validation.size(), config.learningRate()).ifPresent(warning -> {
                    warnings.add(warning);
                    progress.report(done(), warning);
                });
            }
            return record;
        }

        /** Whether training ends now: it plateaued, and the cool-down, if the stopping in effect has one, is over. */
        private boolean stopsEarly() {
            if (coolingDown()) {
                return coolDownDone() >= 1;
            }
            EarlyStopping stopping = config.stoppingInEffect();
            // the validation scenes do not change, so neither does their floor
            boolean plateaued = stopping.stopsAfter(history, bestOutcome == null ? Double.NaN : bestOutcome.floor(),
                    config.maxTime().toMillis() / 1000.0);
            if (!plateaued || !stopping.coolsDown()) {
                return plateaued;
            }
            coolDownFrom = scheduled();
            coolDownFirstStep = stepsDone;
            progress.report(done(), String.format(Locale.ROOT, "validation stopped improving at epoch %d: finishing the "
                    + "learning-rate schedule over %d more epochs, then stopping", history.size(),
                    stopping.coolDownEpochs()));
            return false;
        }

        private boolean coolingDown() {
            return coolDownFirstStep >= 0;
        }

        /** The share of the cool-down done, 0 to 1. */
        private double coolDownDone() {
            long steps = (long) config.stoppingInEffect().coolDownEpochs() * stepsPerEpoch;
            return Math.min(1, (double) (stepsDone - coolDownFirstStep) / steps);
        }

        /** During the cool-down, where the schedule stands: the rest of it compressed into the cool-down. */
        private double coolDownPosition() {
            return coolDownFrom + (1 - coolDownFrom) * coolDownDone();
        }

        private String epochOfAll(int epoch) {
            return config.trainsUntilBudget() ? Integer.toString(epoch) : epoch + "/" + config.epochs();
        }

        /** Share of the training done, for progress: by steps, or by time when the time budget runs out first. */
        private double done() {
            double done = Math.max(bySteps(), byTime());
            return Math.min(1, coolingDown() ? Math.max(done, coolDownPosition()) : done);
        }

        /**
         * Where the learning-rate schedule stands: by steps when the epochs are set, so that the same seed trains the
         * same model however busy the machine is (a time budget then only cuts training short); by time when training
         * runs until the budget. A cool-down before an early stop moves it on faster, to its end.
         */
        private double scheduled() {
            double planned = Math.min(1, config.trainsUntilBudget() ? byTime() : bySteps());
            return coolingDown() ? Math.max(planned, coolDownPosition()) : planned;
        }

        private double bySteps() {
            return config.trainsUntilBudget() ? 0 : (double) stepsDone / ((long) config.epochs() * stepsPerEpoch);
        }

        private double byTime() {
            return config.hasTimeLimit() ? seconds() / (config.maxTime().toMillis() / 1000.0) : 0;
        }

        private double learningRate(double done) {
            double warmUp = Math.min(1, 0.1 + 0.9 * done / WARM_UP_SHARE);
            double cosine = 0.5 * (1 + Math.cos(Math.PI * done));
            return warmUp * config.learningRate() * (FINAL_LEARNING_RATE_SHARE + (1 - FINAL_LEARNING_RATE_SHARE) * cosine);
        }

        /** Never before the first step: however short the budget, training ends with a trained model. */
        private boolean timeIsUp() {
            return stepsDone > 0 && config.hasTimeLimit() && seconds() >= config.maxTime().toMillis() / 1000.0;
        }

        private double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }

        private TrainingSummary summary() {
            EpochRecord last = history.isEmpty() ? null : history.get(history.size() - 1);
            boolean validated = bestOutcome != null;
            return new TrainingSummary(history.size(), stepsDone * config.batchSize(), seconds(),
                    last == null ? Double.NaN : last.loss(),
                    validated ? bestOutcome.loss() : Double.NaN,
                    validated ? bestOutcome.floor() : Double.NaN,
                    validated ? bestOutcome.metrics().detectionAccuracy() : Double.NaN,
                    validated ? bestOutcome.metrics().meanIou() : Double.NaN,
                    config.seed(), backend.describe(), mirrored);
        }
    }
}
