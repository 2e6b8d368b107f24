package org.augur.forecast;

import java.util.Optional;
import java.util.Set;
import org.augur.cue.Cue;
import org.augur.nlp.Sentence;
import org.augur.nlp.Token;

/**
 * Why a trigger does not predict, whatever surrounds it: the families of vetoes tried in order, the
 * first that applies naming the reason. Each family is a class of its own ({@link Conditions},
 * {@link Refusals}, {@link Roles}, {@link Obligations}, {@link Judgements}, {@link Wishes},
 * {@link Provisions}, {@link Habits}, {@link PastReadings}); this table only orders them.
 */
final class Vetoes {
    private static final Set<String> CONSEQUENCE_VERBS = Set.of("require", "mean", "entail", "violate", "need");

    /**
     * Why a trigger does not predict whatever surrounds it, where a rule can say: the reason names the
     * kind of statement it makes instead (a counterfactual, a condition, a refusal, what a law provides, a
     * habit, a description, a demand, a judgement, the past). Empty where nothing rules the trigger out;
     * it may still not predict for want of a future anchor or a speaker ({@link Triggers#predicts}). The model
     * reads the reasons as features.
     */
    static Optional<String> veto(Cue c, Sentence s) {
        Token first = s.token(c.from());
        int next = Triggers.afterAdverbs(c, s);   // "would not have been", "could never have"
        int participle = next + 1;
        while (participle < s.tokens().size() && s.token(participle).pos().equals("RB")) {
            participle++;   // "could have ever expected"
        }
        boolean perfect = participle < s.tokens().size() && s.token(next).key().equals("have")
                && s.token(participle).pos().equals("VBN");
        String word = first.key();
        String reason = null;
        if (first.pos().equals("MD") && perfect) {
            reason = "counterfactual";   // "could have been": a counterfactual about the past
        } else if (Conditions.inConditionClause(c, s)) {
            reason = "condition";   // "if we expect them to…": the forecast, if any, is the main clause's
        } else if (Refusals.refusal(c, s)) {
            reason = "refusal";   // "said he would not comment": a refusal made now, not a forecast
        } else if (c.kind() == Cue.Kind.FUTURE && Roles.defines(c, s)) {
            reason = "description";   // "the main purpose of the UN is to maintain peace": a role, not a plan
        } else if (c.kind() == Cue.Kind.FUTURE && Obligations.obliged(c, s)) {
            reason = "demand";   // "we must remain committed to…": an obligation, not a forecast
        } else if (c.kind() == Cue.Kind.WOULD && Judgements.advice(c, s)) {
            reason = "judgement";   // "it would be a mistake to dismiss the summit": advice, not a forecast
        } else if (c.kind() == Cue.Kind.WOULD && Wishes.politeWish(next, s)) {
            reason = "wish";   // "I would like to express…": a wish or a speech act made now
        } else if (Provisions.provision(c, s)) {
            reason = "provision";   // "the bill would allow extraditions": what a text provides
        } else if (Habits.habit(c, s)) {
            reason = "habit";   // "the Secretary of State would normally succeed the governor"
        } else if (first.pos().equals("MD") && Conditions.pastCondition(c, s)) {
            reason = "counterfactual";   // "Had Congress approved the reform, the deficit would be smaller"
        } else if (c.kind() == Cue.Kind.WOULD && s.relation(c.clauseHead(s)).startsWith("acl")) {
            reason = "description";   // "legislation that would fund", "assurances that it would"
        } else if (c.kind() == Cue.Kind.WOULD && CONSEQUENCE_VERBS.contains(s.token(c.clauseHead(s)).key())) {
            reason = "consequence";   // "would require approval": the consequence of a hypothetical change
        } else if (c.kind() == Cue.Kind.POSSIBLE && word.equals("could") && next > c.to()
                && s.token(c.to()).key().equals("not")) {
            reason = "past";   // "could not reach an agreement": past inability
        } else if (c.kind() == Cue.Kind.POSSIBLE && !word.equals("chance") && !word.equals("risk") && Judgements.judgement(c, s)) {
            reason = "judgement";   // "could be considered bribery"
        } else if ((c.kind() == Cue.Kind.POSSIBLE && !word.equals("could") || c.kind() == Cue.Kind.PROBABLE)
                && !word.equals("chance") && !word.equals("risk") && PastReadings.aboutPast(c, s)) {
            reason = "past";   // "rules that probably dated from the 1990s"
        } else if (c.kind() == Cue.Kind.EXPECT && c.to() < s.tokens().size() && s.token(c.to()).key().equals("from")) {
            reason = "demand";   // "expect from Iran assurances"
        } else if (c.kind() == Cue.Kind.EXPECT && (word.equals("expect") && s.relation(c.from()).equals("amod")
                || PastReadings.perfectWithModal(c, s))) {
            reason = "past";   // "than anyone could have ever expected"
        }
        return Optional.ofNullable(reason);
    }

    private Vetoes() {
    }
}
