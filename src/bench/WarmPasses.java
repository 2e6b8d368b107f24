import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.augur.corpus.Article;
import org.augur.corpus.ArticleReader;
import org.augur.corpus.CorpusLister;
import org.augur.corpus.Source;
import org.augur.nlp.CoreNlpModels;
import org.augur.nlp.Models;
import org.augur.pipeline.Pipeline;
import org.augur.topic.Taxonomy;

/**
 * Augur's pipeline in one JVM, loaded once, over a corpus again and again: each pass with the number of
 * threads the plan gives, timed by wall clock and by the workers' CPU. Once the first passes have let
 * HotSpot compile the code, the later ones show how the work itself scales with threads, without model
 * loading and JIT compilation (which a whole run pays once). Run by src/bench/warm.sh.
 */
public final class WarmPasses {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: WarmPasses CORPUS_DIR THREADS[,THREADS…]");
            System.exit(2);
        }
        Models declared = Models.read(Path.of("models.txt"));
        CoreNlpModels models = CoreNlpModels.load(declared);
        // The forecast model as `augur extract` loads it, when models.txt names one.
        java.util.Optional<org.augur.forecast.ForecastModel> forecastModel = declared.get("forecast.model") == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(org.augur.forecast.ForecastModel.load(declared.get("forecast.model")));
        Pipeline pipeline = Pipeline.standard(models.annotator(), models.timeTagger(), Taxonomy.standard(), forecastModel);
        // The articles as `augur extract CORPUS_DIR` finds and reads them.
        List<Article> articles = new ArrayList<>();
        ArticleReader reader = new ArticleReader(Long.MAX_VALUE);
        for (Source source : new CorpusLister(InputStream.nullInputStream(), false).list(List.of(args[0]))) {
            articles.add(reader.read(source));
        }
        System.out.printf("%d articles; passes: %s%n", articles.size(), args[1]);
        for (String threads : args[1].split(",")) {
            pass(pipeline, articles, Integer.parseInt(threads.trim()));
        }
    }

    private static void pass(Pipeline pipeline, List<Article> articles, int threads) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ConcurrentLinkedQueue<Article> queue = new ConcurrentLinkedQueue<>(articles);
        AtomicLong cpu = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(pool.submit(() -> {
                long before = mx.getCurrentThreadCpuTime();
                for (Article a = queue.poll(); a != null; a = queue.poll()) {
                    pipeline.process(a);
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - before);
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        System.out.printf("%d thread(s): %6.1f s wall %6.1f s worker CPU%n", threads,
                (System.nanoTime() - start) / 1e9, cpu.get() / 1e9);
    }
}
