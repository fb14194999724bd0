import type { Detector, Hit } from '../../detector.ts';
import { useName as nameDetector } from '../../detectors/use-name.ts';
import { fold, matchesIn, type Doc } from '../../text.ts';
import { ruleDetector, re, gap, type MatchContext } from '../rule.ts';
import { esView } from '../view.ts';
import { HOSTILE_PHRASE, hostile } from './faults.ts';

// A restatement marker followed by the problem itself (judgement call 1: rephrase + acknowledge).
const RESTATE_MARK = `(?:si (?:lo |le |la |te )?(?:entiendo|entendi|comprendo|comprendi) bien|si no me equivoco|(?:o sea|osea)(?=,)|(?:o sea|osea),? (?:que|q)|ver si (?:lo |le |la |te )?(?:tengo claro|(?:entendi|entiendo|comprendi)(?: bien)?)|(?:lo que )?(?:me (?:dice|esta diciendo|cuenta|explica)|usted (?:me )?(?:dice|esta diciendo)) (?:es )?que|entonces,?\\s*¿?\\s*(?:el problema|lo que paso|lo que sucedio|usted|ud|su|sus|el|la|los|las|nadie|le|lo|la|no|ayer|anoche|esta)|para confirmar (?:que (?:le )?entendi|lo que (?:me )?(?:dice|dijo|cuenta))|(?:confirmar|repasar|verificar) (?:que|si) (?:lo |le )?(?:tengo todo|lo tengo|tengo (?:todo )?(?:bien|claro)|entendi(?: bien)?)|repito para confirmar|corrijame si (?:me equivoco|estoy mal))`;

/** `acknowledge`: naming the caller's problem or state back to them. */
export const acknowledge = ruleDetector({
  label: 'acknowledge',
  reasons: {
    default: 'Reconoce el problema o el estado del cliente (la A de A.E.R.): se siente escuchado antes de que usted lo resuelva.',
  },
  gate: /para usted|nota|se ve|se oye|despertaron|llamaron|localizaron|molestaron|colgaron|dejaron|hicieron|tuvieron|cobraron|mandaron|entiendo|comprendo|veo|not[oa]|ver |percib|doy cuenta|escucho|oigo|razon|lleva|usted|claro|sus? |o sea|entonces|confirmar|imagino|percibo/,
  rules: [
    { re: re(`\\b(?<ev>(?:(?:yo )?(?:lo |le |la |te |los |las )?(?:entiendo|comprendo)(?: (?:perfectamente|muy bien|bien|totalmente|completamente|claramente|de verdad))?|(?:lo |le |la |te )?(?:escucho|oigo)|le creo|(?:me queda|queda) claro)(?:\\s+(?:que|q|lo que|como|cuanto|su|sus|tu|tus|la|el|los|las|esto|eso|perfectamente)(?:\\s+[^\\s,.;:!?]+){0,8})?)`), keep: (c) => !/\b(?:no|si|a ver si|para ver si|ver si|para que|que)\s+(?:lo |le |la |te )?$/.test(c.before) && !/^\s*bien\s*\?/.test(c.after) && !/\b(?:siga|sigale|continue|continua|adelante|digame|cuenteme|le escucho|la escucho|lo escucho)[,.]?\s*$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:(?:puedo |ya )?(?:veo|noto|percibo|me doy cuenta de|escucho|oigo|siento)|(?:puedo|podemos) (?:ver|notar|escuchar|oir|percibir|sentir)|se (?:nota|ve|oye|escucha|siente)) (?:que|q|lo) (?:usted |ud |esta |estas |ha |han |le |lo |la |su |sus |tu |tus |no |lleva |llevas |tiene |tienes |lo tiene |esto )(?:\\S+\\s+){0,6}?(?:molest|enoj|frustr|preocup|cansad|harta|harto|afectad|incomod|esper|llam|intent|tratando|pasando|pasado|problema|situacion|complicad|estres|angust|desesper|dificil|mal|moles|triste|urgente|apurad|quitado|sueno|arruin|dias|horas|semanas|sin (?:respuesta|servicio|mensajes|recibir|poder))[a-z]*)`) },
    { re: re(`\\b(?<ev>(?:ha sido|fue|esta siendo|ha de haber sido|debe haber sido) (?:un|una) (?:\\S+\\s+){0,3}?(?:dificil|pesad[oa]|complicad[oa]|larg[oa]|horrible|terrible|mal[oa]|estresante|agotador[a]|pesadill[a]) para (?:usted|ti|vos))`) },
    { re: re(`\\b(?<ev>(?:usted |ud |tu |vos )?tiene(?:s)? (?:toda la |mucha )?razon(?! (?:de|para|en estar)))\\b`) },
    { re: re(`(?:^|[.;:]\\s*|\\by\\s+)(?<ev>(?:a usted )?(?:lo|la|le|les) (?:despertaron|llamaron|localizaron|molestaron|colgaron|dejaron esperando|hicieron esperar|tuvieron esperando|cobraron|mandaron|dejaron sin)(?:\\s+[^\\s,.;:!?]+){1,8})`) },
    { re: re(`\\b(?<ev>(?:usted|ud|tu|vos)? ?(?:lleva|llevas|ha estado|has estado|estuvo|estuviste|ha tenido|has tenido|tuvo|tuviste|ha intentado|has intentado|intento|intentaste|ha esperado|has esperado|espero|esperaste)\\s+(?:\\S+\\s+){0,4}?(?:tratando|intentando|esperando|llamando|sin (?:respuesta|servicio|mensajes|poder)|hora|horas|minutos|dias|veces|toda la (?:noche|manana|tarde)|problemas|que (?:llamar|esperar|repetir)))`), keep: (c) => (/^(?:usted|ud|tu|vos)\b/.test(c.evidence) || /^(?:lleva|llevas|ha |has )/.test(c.evidence)) && !/\b(?:si|que|ver si)\s+(?:ya\s+)?(?:no\s+)?$/.test(c.before) },
    { re: re(`\\b(?<ev>(?:sus|tus) (?:llamadas|mensajes|pacientes|clientes|recados|paginas)(?: de [a-z]+)? no (?:fueron|han sido|habian sido|llegaron|le llegaron|han llegado|recibieron|fueron atendid|pudieron|contestaron|se contestaron)(?:\\s+[a-z]+){0,3})`), keep: (c) => !/\b(?:si|para que|asegurar(?:me)? de que|que)\s+$/.test(c.before) },
    { re: re(`(?:^|[,:;]\\s*|\\b)(?<ev>${RESTATE_MARK}[,:]?${gap(1)}(?:\\S+\\s+){2,}\\S+)`), keep: (c) => !/^(?:para confirmar) (?:que|si) (?:todo|ya)/.test(c.evidence) },
  ],
});

/** `empathize`: expressing feeling for the caller's situation ("lamento mucho...", "me imagino lo frustrante"). */
export const empathize = ruleDetector({
  label: 'empathize',
  reasons: {
    default: 'Expresa lo que siente por la situación del cliente (la E de A.E.R.): con empatía, el cliente se calma y coopera.',
  },
  // "Qué difícil es tratar con usted" mocks; it does not feel for the caller.
  veto: (view) => !HOSTILE_PHRASE.test(view.text),
  gate: /lugar|estaria|lament|siento|imagin|frustr|molest|desesper|angust|estres|dificil|horrible|terrible|feo|pesad|incomod|tambien|igual|pena|comprensible|normal|logico|entendible|razon|disculpa|perdon|pobre|mal\b|horror|situacion|preocup/,
  rules: [
    { re: re(`\\b(?<ev>(?:lo |la )?(?:lamento|lamentamos|siento|sentimos)(?: (?:much[oi]simo|mucho|tanto|de verdad|profundamente|sinceramente|de corazon|enormemente|un monton|en el alma))*(?: (?:que|lo que|lo ocurrido|lo sucedido|la molestia|las molestias|el inconveniente|los inconvenientes|el mal rato|la situacion|esto|eso|todo|su|sus|tu|tus|haber|tanto|por|como|si))?)\\b`), keep: (c) => /\b(?:mucho|muchisimo|muchimo|tanto|de verdad|profundamente|sinceramente|corazon|enormemente|monton|alma|que|lo que|ocurrido|sucedido|molestia|molestias|inconveniente|inconvenientes|mal rato|situacion|esto|eso|todo|su|sus|tu|tus|haber|por|como|si)$/.test(c.evidence) || /^lament/.test(c.evidence) },
    // A bare "lo siento" closing an admission is an apology; after a refusal ("no depende de mí, lo siento") it is a formula.
    { re: re(`(?:^|[,;]\\s*)(?<ev>lo siento)(?=\\s*[.!]|\\s*$|,\\s*(?:senor|senora|doctor|doctora|de verdad|de corazon))`), keep: (c) => !/\b(?:no (?:depende|puedo|podemos|es mi|es nuestro|hay nada|se puede)|ni modo|pero)\b/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>cuanto lo (?:siento|lamento)|(?:me|nos) (?:imagino|imaginamos|puedo imaginar|puedo figurar) (?:lo|cuan|que tan|como|el|la|lo (?:frustrante|molesto|dificil|preocupante|estresante|incomodo|feo|terrible))(?:\\s+[a-z]+){0,2}|no me (?:imagino|puedo imaginar)(?:\\s+[a-z]+){0,2})`) },
    { re: re(`\\b(?<ev>(?:que|muy|tan|debe (?:de )?ser|debe (?:de )?haber sido|debio (?:de )?ser|ha de ser|ha de haber sido|fue|es|suena|se oye) (?:muy |tan |realmente |sumamente |super )?(?:frustrante|molesto|desesperante|angustiante|estresante|dificil|horrible|terrible|feo|pesado|incomodo|preocupante|agotante|injusto|desagradable|horrible|cansado))\\b`), keep: (c) => !/^\s*(?:es|eres|sos|esta|estas)\s+(?:usted|ud|tu|vos)\b/.test(c.after) && /^(?:que|debe|debio|ha de|suena|se oye)/.test(c.evidence) || /\b(?:para usted|para ti|para vos|lo que|eso|esto|le paso|vivir|pasar|esperar|tener que)\b/.test(c.sentence.text) },
    { re: re(`\\b(?<ev>me pongo en su lugar|yo (?:tambien )?(?:estaria|me sentiria|me pondria|me habria puesto) (?:igual (?:de )?|muy |tan |super )?(?:molest|enojad|frustrad|preocupad|furios|desesperad|angustiad)[a-z]*|(?:yo |a mi )?(?:tambien|igual|en su lugar|en su caso|en tu lugar) (?:yo )?(?:estaria|me sentiria|me habria sentido|me pondria|me molestaria|me enojaria|me frustraria|me daria (?:mucho )?(?:coraje|rabia|muina|bronca|enojo|pena)|me habria molestado|estaria igual)(?: (?:igual|tan|muy))?(?: (?:molest|enojad|frustrad|preocupad|furios|igual|moles)[a-z]*)?)`) },
    { re: re(`\\b(?<ev>que pena (?:con usted|contigo|con vos|lo que|que|de verdad|tan grande)|ay,? que pena|que mal(?: que|,|!|\\s*$)|que horror|pobrecit[oa]|(?:es|fue|resulta) (?:muy |totalmente |completamente )?(?:comprensible|normal|logico|entendible|natural) que (?:este|se sienta|se haya|se moleste|este usted|estes|te sientas)|(?:tiene|tienes|con) (?:toda la )?razon (?:de|para|en) (?:estar|sentirse|sentirte|molestarse|enojarse)|(?:le|te) (?:pido|pedimos|ofrezco|ofrecemos) (?:mil |muchas |sinceras |una |un )?(?:disculpas?|perdon)(?: (?:por|de)|(?=[,;.!]|\\s*$))|(?:mil|muchas|sinceras|de verdad,? mil) disculpas (?:por|de|,? (?:senor|senora|doctor|doctora))|(?:mil|muchas) disculpas(?=[.!]|\\s*$)|de verdad (?:lo )?(?:siento|lamento)|me (?:apena|da (?:mucha )?pena|duele|preocupa) (?:mucho |muchisimo )?(?:que|lo que|saber|escuchar|oir))`) },
  ],
});

/** `reassure`: personal ownership of getting it resolved ("yo me encargo de esto hoy mismo"). */
export const reassure = ruleDetector({
  label: 'reassure',
  reasons: {
    default: 'Asume personalmente la solución (la R de A.E.R.): el cliente sabe que alguien se hace cargo.',
  },
  gate: /dejar|seguimiento|hasta que|encarg|ocup|cargo|asegur|posible|necesario|manos|resuel|resolv|solucion|arregl|correg|cuente|palabra|garantiz|promet|comprom|solt/,
  rules: [
    { re: re(`\\b(?<ev>(?:yo )?(?:me|nos) (?:(?:voy|vamos) a (?:encargar|ocupar|hacer cargo|asegurar)|encargo|encargare|encargamos|encargaremos|ocupo|ocupare|ocupamos|hago cargo|hare cargo|hacemos cargo|haremos cargo|comprometo|comprometemos)(?: (?:personalmente|yo|yo misma|yo mismo|ahora mismo|de inmediato|hoy mismo))?(?: (?:de|del|de que|de esto|de eso|de todo|de resolver|de su))?|(?:voy|vamos) a (?:asegurarme|asegurarnos|encargarme|encargarnos|ocuparme|ocuparnos|hacerme cargo|hacernos cargo|resolver(?:lo|la|le|selo|selos)?|solucionar(?:lo|la|le|selo)?|arreglar(?:lo|la|le|selo)?|corregir(?:lo|la|le|selo)?|encontrar (?:una|la) solucion|dejar(?:lo|la) resuelt[oa])|(?:me|nos) (?:asegurare|aseguraremos)|(?:me )?(?:voy|vamos) a asegurar|(?:hare|haremos|voy a hacer|vamos a hacer|hago|hacemos) (?:todo )?(?:lo (?:posible|imposible|necesario|que este en mis manos|que pueda|que haga falta)|todo lo (?:posible|que (?:este|pueda|podamos|haga falta)|necesario))|(?:lo|la|se lo) (?:voy|vamos) a dejar (?:funcionando|resuelt[oa]|listo|lista|arreglad[oa]|solucionad[oa])(?:\\s+[a-z]+){0,2}|(?:dejelo|dejemelo|dejamelo|dejalo) (?:en mis manos|a mi|conmigo)|(?:esta|queda|estas) en buenas manos|yo (?:personalmente |misma |mismo )?(?:lo|la|le|te|se lo|se la) (?:resuelvo|soluciono|arreglo|corrijo|ayudo a resolver)|(?:lo|la|se lo) (?:resuelvo|soluciono|arreglo|corrijo) (?:hoy|ahora|ya|yo|personalmente|ahorita|en este momento|de inmediato)|no (?:voy a|lo voy a|la voy a|le voy a) (?:colgar|soltar|dejar)(?:lo|la)? (?:hasta|sin)|cuente conmigo|tiene mi palabra|le doy mi palabra|(?:le|te) (?:garantizo|prometo|aseguro) que (?:lo|la|esto|eso|vamos a|voy a|quedara|se (?:va|resolvera|solucionara)|yo|hoy|le|su)(?:\\s+[a-z]+){0,3}|(?:me|yo me) comprometo a (?:resolver|solucionar|arreglar|que)|(?:yo )?(?:personalmente )?(?:voy|vamos) a (?:darle|dar|hacerle|hacer|llevar) (?:el )?seguimiento (?:personalmente )?(?:hasta que|a su caso|de su caso)|hasta que (?:quede|este|se haya) (?:resuelt|solucionad|arreglad)[oa])`), keep: (c) => !/\b(?:no|nadie|quien|alguien|si|no puedo|no podemos)\s+(?:\S+\s+){0,1}$/.test(c.before) && !/\b(?:usted|ud|tu|vos)\s+(?:se\s+)?$/.test(c.before) },
  ],
});

const ES_TITLES = `lic|licenciad[oa]|ing|inge|ingenier[oa]|arq|arquitect[oa]|mtro|mtra|maestr[oa]|prof|profe|profesor[a]?|don|dona|sr|sra|srta|senor|senora|senorita|doctor|doctora|dr|dra|contador[a]?|cp|abogad[oa]|padre|madre|hermana|hermano`;
// Only for a caller whose title the shared detector cannot read; Sr./Sra./Dr. keep its gender check.
const ES_TITLE_WORD = /^(?:lic|licenciad[oa]|ing|inge|ingenier[oa]|arq|arquitect[oa]|mtro|mtra|maestr[oa]|profe|profesor[a]?|contador[a]?|cp|abogad[oa]|padre|madre|hermana|hermano)$/;

/** `use-name`: the caller's own name, read as in English (titles like Sr./Sra./Dra./doña included). */
export const useName: Detector = {
  label: 'use-name',
  reasons: {
    es: {
      default: 'Llamar al cliente por su nombre le dice que lo ve como persona, no como un número de caso (manual: use su nombre al hablarle).',
    },
  },
  detect(doc: Doc): Hit[] {
    if (doc.callerName === undefined) return [];
    const found = nameDetector.detect(doc);
    if (found.length > 0) return found;
    // Spanish titles the shared detector does not know ("Lic. Paredes", "Ingeniero Soto", "Profe Díaz").
    const parts = fold(doc.callerName).replace(/ñ/g, 'n').replace(/[.,]/g, ' ').split(/\s+/).filter((p) => p !== '');
    if (parts.length < 2 || !ES_TITLE_WORD.test(parts[0]!)) return [];
    const surname = parts[parts.length - 1]!;
    if (surname.length < 2 || !/^[a-z'-]+$/.test(surname)) return [];
    const titled = new RegExp(`\\b(?:${ES_TITLES})\\.?\\s+${surname}\\b`, 'g');
    return esView(doc).sentences.flatMap((sn) => matchesIn(sn.text, titled).map((m) => ({ start: sn.start + m.index, end: sn.start + m.index + m[0].length })));
  },
};

/** `rephrase`: restating the caller's problem to confirm it, or asking whether it was understood. */
// A number read back for confirmation is `verify-number`; "ah, claro, porque usted sabe más" is sarcasm: neither restates the problem.
const PHONE_CHECK = /\b(?:numero|telefono|celular|cel)\b[^?]{0,40}?\d{4}|\b(?:al|el) \d{2,4}[ -]\d{3}|\b(?:repito|leo) (?:el|su|tu) (?:numero|telefono|celular)\b/;
const SARCASM = /\b(?:claro|por supuesto),? (?:porque|como) (?:usted|tu|vos)\b/;

export const rephrase = ruleDetector({
  label: 'rephrase',
  reasons: {
    default: 'Repite el problema con sus palabras para confirmar que lo entendió: escucha activa que evita malentendidos.',
  },
  gate: /entonces|falto|escapo|entiendo|entendi|comprendo|comprendi|equivoco|o sea|osea|claro|dice|diciendo|cuenta|resumen|correcto|asi\b|confirmar|repito|corrijame|capte|tengo|explique|pregunto/,
  rules: [
    { re: re(`(?:^|[,:;]\\s*|\\b)(?<ev>${RESTATE_MARK})\\b`), keep: (c) => !(/^entonces/.test(c.evidence) && PHONE_CHECK.test(c.view.text)) && !/^para confirmar\b/.test(c.evidence) || /\?|\b(?:es asi|es correcto|cierto)\b/.test(c.after) || /:\s*$/.test(c.after.slice(0, 2)) || /^\s*(?:lo que|que usted|que entendi|entonces)/.test(c.after) },
    { re: re(`\\b(?<ev>(?:dejeme|dejame|permitame|deje me|quiero|necesito|voy a)\\s+(?:ver si|confirmar si|asegurarme de que|repasar|repetir|verificar si|confirmar que)\\s+(?:lo |le |la |te )?(?:entendi|entiendo|comprendi|tengo (?:bien|claro|todo)|tengo esto|capte|anote bien|estoy entendiendo)(?:\\s+bien)?|(?:a ver|para ver) si (?:le |lo |la |te )?(?:entendi|entiendo|comprendi|capte)(?:\\s+bien)?|(?:entendi|comprendi|capte|anote) (?:todo |eso )?(?:bien|correctamente)\\s*\\?|(?:lo|la|le|te) (?:entendi|comprendi) bien\\s*\\?|(?:es|fue) (?:eso|asi)(?: lo que (?:paso|sucedio|ocurrio))?\\s*\\?|(?:es|seria|sería) (?:un resumen )?(?:justo|correcto|acertado)(?: (?:de lo que|lo que|decir))?(?:\\s+[a-z]+){0,3}\\s*\\?|(?:es|seria) un (?:buen )?resumen (?:justo|correcto|acertado)|(?:estoy|voy) (?:en lo correcto|bien)\\s*\\?|es correcto\\s*\\?|(?:,\\s*)?(?:es|fue) asi\\s*\\?|(?:,\\s*)?(?:cierto|verdad|no es asi|correcto)\\s*\\?$|(?:me|se me) (?:falto|paso|escapo) algo(?: (?:de|importante|de lo que)[^?]{0,40})?\\s*\\?|(?:tengo|tenemos) todo (?:bien|correcto)\\s*\\?)`), keep: (c) => !/\b(?:usted|ud|tu|vos) (?:me )?$/.test(c.before) && !PHONE_CHECK.test(c.view.text) && !SARCASM.test(c.sentence.text) },
  ],
});

const INTERROG = `(?:(?:desde|hasta|a|con|de|para|por|en|sobre) )?(?:que|q|cual|cuales|cuando|donde|adonde|quien|quienes|como|cuanto|cuanta|cuantos|cuantas)`;
const LEAD = `(?:(?:y|e|pero|entonces|bueno|ok|perfecto|claro|disculpe|disculpa|perdon|perdone|senor|senora|doctor|doctora|sr|sra|dr|dra|don|dona)[,.]?\\s+){0,3}(?:a usted,?\\s+|usted\\s+)?(?:(?:me|nos) (?:podria|puede|podrias|puedes|quiere|quieres|dice|dices|decis|cuenta|cuentas|contaria|explica|explicaria|indica|confirma|recuerda)(?: usted)?\\s+(?:decir|contar|explicar|confirmar|indicar|recordar)?\\s*|(?:podria|puede|podrias|puedes|pudiera)(?: usted)? (?:decirme|contarme|explicarme|indicarme|confirmarme|recordarme)\\s+|(?:sabe|sabes|recuerda|recuerdas|se acuerda|te acordas|te acuerdas|tiene idea|tienes idea|sabria)(?: usted)?\\s+(?:de\\s+)?)?`;
const FACT_Q = re(`(?:^|¿|[,:;]\\s+)\\s*(?<ev>${LEAD}${INTERROG}\\b[^?¿.!]{3,120})`);
// Greetings, offers and channel checks ask nothing about the complaint.
const NOT_PROBING = /^(?:(?:y|e|pero|bueno|ok|perfecto|claro)[,.]?\s+)?(?:en que (?:le|te|les|lo|la) (?:puedo|podemos) (?:ayudar|servir|apoyar)|como (?:esta|estas|le va|te va|se encuentra|amanecio|le puedo ayudar|te puedo ayudar|lo puedo ayudar|la puedo ayudar)|que tal|que (?:prefiere|prefieres|le parece|te parece|opina|le funciona mejor|le conviene|le queda mejor|le acomoda|te acomoda|le sirve|le viene mejor)(?:\s|$)|cual (?:prefiere|prefieres|le funciona|le conviene|le parece|le acomoda|opcion)|(?:cual|que) (?:es|seria) (?:el|su|tu) (?:mejor )?(?:numero|telefono|celular|correo|email|horario para)|a que (?:numero|correo)|(?:a |en )?donde (?:le|lo|la|te) (?:puedo|podemos|podria) (?:marcar|llamar|localizar|contactar|encontrar)|con quien tengo el gusto|como se (?:escribe|deletrea)|como (?:me dijo|dijo) que se llama|(?:cual|como) (?:es|era|seria) (?:su|el|tu) (?:nombre|apellido|segundo apellido|nombre completo|correo|email)|que (?:lo|la|le|te|los|las) (?:interrumpa|interrumpo|corte|corto|moleste|distraiga|haga esperar)|que (?:mas|otra cosa) (?:le|te) (?:puedo|podemos)|que quiere que (?:le |te )?haga|que (?:quiere|quieres) que (?:le|te) diga|(?:que|cual) parte (?:de [a-z]+ )?no|como (?:lo|la|le|te) (?:puedo|podemos) ayudar)/;
const OTHER_Q = re(`\\b(?<ev>(?:me|nos) (?:dice|dices|decis|da|das|puede dar|podria dar|confirma|confirmas|repite|pasa|pasas) (?:el nombre|los datos|la hora|la fecha|el numero) del? (?:paciente|medico|doctor|doctora|operador[a]?|persona|tecnico|cliente)(?:\\s+[a-z]+){0,3}|hay algo (?:mas|adicional) que (?:deba|debamos|necesite|necesitemos|tenga que|tengamos que|quiera|quisiera) (?:saber|contarme|agregar|decirme)|(?:me|nos) (?:podria|puede|podrias|puedes) (?:dar|contar|explicar) (?:mas|algunos|un poco mas de) (?:detalles|datos|informacion)|(?:me|nos) (?:cuenta|cuentas|contaria|explica|explicaria) (?:un poco )?(?:mas|que paso|lo que paso|como fue|desde el principio)|(?:recuerda|recuerdas|tiene|tienes) (?:el nombre|la hora|el numero|algun detalle|el dia)(?:\\s+[a-z]+){0,4}|(?:llamo|llamaron|llamaste) (?:usted|sus pacientes|alguien) (?:mas de una vez|otra vez|antes|mas veces))`);

// Question openers that cannot be anything but a question about the facts, even typed without "¿" or "?".
const UNMISTAKABLE = /^(?:(?:y|e|pero|entonces|bueno)[,]?\s+)?(?:(?:me (?:dice|dices|decis|puede decir|podria decir)|sabe|recuerda)\s+)?(?:a que hora|desde cuando|hace cuanto|con quien|(?:cuando|donde) (?:fue|paso|ocurrio|sucedio|llamo|llamaron|empezo|empezaron)|quien (?:le|lo|la) (?:atendio|contesto|llamo)|cuantos|cuantas|cuanto tiempo|en que momento|que (?:paso|sucedio|ocurrio|le dijeron|numero|dia))\b/;

const MID_Q = re(`\\b(?<ev>(?:a que hora|desde cuando|hace cuanto|con quien (?:hablo|hablaron|hablaste|trato|se comunico)|en que momento|que numero (?:marco|marcaron|marcaste|le dieron))\\b[^?¿.!]{0,120})`);

/** `probing-question`: an open, specific question to learn the facts of the complaint. */
const CALLBACK_NUMBER_Q = /\b(?:a|en) (?:que|cual) (?:numero|telefono|celular|cel)\b[^?]{0,30}\b(?:llam|marc|devuelv|regres|localiz|busc|contact|avis|encuentr|ubic)|(?:^|¿|\b(?:a|en) )donde (?:le|lo|la|te) (?:puedo|podemos|podria) (?:marcar|llamar|localizar|contactar|encontrar|avisar|ubicar)/;

export const probingQuestion: Detector = {
  label: 'probing-question',
  reasons: {
    es: {
      default: 'Una pregunta abierta y concreta para conocer los hechos: es como se llega al fondo de la queja.',
    },
  },
  detect(doc: Doc): Hit[] {
    const view = esView(doc);
    if (!/\?|¿|\b(?:que|cual|cuando|donde|quien|como|cuant)/.test(view.text)) return [];
    const hits: Hit[] = [];
    let hostileHits: Hit[] | undefined;
    for (const s of view.sentences) {
      const isQuestion = /[?¿]/.test(s.text);
      // "¿Y usted quién se cree?", "¿qué no me oye?": rhetorical, hostile; "¿a qué número la busco?" is `verify-number`.
      if (isQuestion && (CALLBACK_NUMBER_Q.test(s.text) || HOSTILE_PHRASE.test(s.text))) continue;
      if (isQuestion && (hostileHits ??= hostile.detect(doc)).some((h) => h.start >= s.start && h.end <= s.start + s.text.length)) continue;
      for (const m of matchesIn(s.text, FACT_Q)) {
        const ev = m.groups!.ev!;
        const from = m.index + m[0].indexOf(ev);
        const core = ev.replace(new RegExp(`^${LEAD}`), '');
        if (NOT_PROBING.test(core)) continue;
        const opener = s.text.slice(Math.max(0, from - 2), from);
        // Without "?" or "¿", only an unmistakable question word opening the sentence counts ("y a que hora fue eso").
        if (!isQuestion) {
          if (from > 0 && !/[,:;]\s*$/.test(s.text.slice(0, from))) continue;
          if (!UNMISTAKABLE.test(ev)) continue;
        } else if (!/¿/.test(opener) && from > 0 && !/[,:;]\s*$/.test(s.text.slice(0, from)) && !/^\s*$/.test(s.text.slice(0, from)) && !UNMISTAKABLE.test(ev)) {
          continue;
        }
        // "que" without an accent and without "¿" is also "that" ("perdón que la interrumpa"): only a question's first word counts.
        if (/^(?:que|q)\b/.test(core) && !/¿\s*$/.test(s.text.slice(0, from)) && !/^qué/.test(s.accented.slice(from + ev.length - core.length)) && s.text.slice(0, from).trim() !== '' && !/^(?:(?:y|e|pero|entonces|bueno)[,]?\s+)$/.test(s.text.slice(0, from))) continue;
        // "que" without an accent is also "that": a statement ("que pena", "que bueno") is no question.
        if (/^(?:que|como) (?:pena|bueno|bien|mal|horror|barbaridad|pesad|lastima|rico|lindo|gusto|alegria|frustrante|molesto|terrible|horrible)/.test(core)) continue;
        // An offer of options ("¿quiere que lo intente yo, o prefiere...?") chooses; it does not probe.
        if (/^(?:que|cual) (?:prefiere|le funciona|le parece)/.test(core)) continue;
        hits.push({ start: s.start + from, end: s.start + from + ev.replace(/[\s,;:.!?]+$/, '').length });
      }
      if (isQuestion) {
        // Typed without "¿" or commas ("disculpe senor a que hora llamo?"): an unmistakable opener anywhere in a question.
        for (const m of matchesIn(s.text, MID_Q)) {
          const ev = m.groups!.ev!;
          const from = m.index + m[0].indexOf(ev);
          hits.push({ start: s.start + from, end: s.start + from + ev.replace(/[\s,;:.!?]+$/, '').length });
        }
        for (const m of matchesIn(s.text, OTHER_Q)) {
          const ev = m.groups!.ev!;
          const from = m.index + m[0].indexOf(ev);
          hits.push({ start: s.start + from, end: s.start + from + ev.length });
        }
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return hits.filter((h, i) => i === 0 || h.start >= hits[i - 1]!.end);
  },
};

const RV = `(?:revis|investig|verific|chec|cheque|chequ|averigu|consult|rastre|analiz|indag|examin|mir)`;
const RESEARCH_VERB = `(?:${RV}(?:ar|o|amos|are|aremos|ando)(?:lo|la|los|las|le|selo)?|averiguar|investigarlo|chequear|revisarlo|ver (?:los|las|el|la|sus|su) (?:registros?|grabacion(?:es)?|historial|bitacoras?|reportes?|logs?)|(?:sacar|saco|jalar|jalo|bajar|bajo|buscar|busco|pedir|pido|escuchar|escucho|descargar|descargo|consultar|revisar|abrir|abro|checar|pullear)\\s+(?:[^\\s:,;]+\\s+){0,2}?(?:los|las|el|la|sus|su|unos|unas) (?:registros?|grabacion(?:es)?|llamadas|historial|bitacoras?|reportes?|logs?|mensajes|notas|tiempos|detalles|datos|expediente|caso|cuenta|informes?)|ver (?:que|lo que|como|donde|quien) (?:paso|sucedio|ocurrio|fallo|se hizo|hicieron)|(?:buscar|encontrar|llegar a) (?:la causa|el origen|el fondo|que paso))`;
const RESEARCH = re(`\\b(?<ev>${RESEARCH_VERB}\\b(?:\\s+[a-z]+){0,3}|(?:pedir|pido|pedire|encargar|encargo|solicitar|solicito)(?:le)? que (?:alguien|un tecnico|el equipo|mi supervisor[a]?|[a-z]+) (?:revise|investigue|verifique|cheque|averigue|analice|rastree)(?:\\s+[a-z]+){0,3}|(?:estoy|estamos|sigo|seguimos) (?:sacando|jalando|bajando|buscando|pidiendo|descargando|armando)\\s+(?:[^\\s:,;]+\\s+){0,2}?(?:el|los|la|las|su|sus) (?:registros?|grabacion(?:es)?|historial|bitacoras?|reportes?|logs?|informes?|datos))`);
const THIRD_FUTURE = /\b(?:va|van|iba|iban) a\s+$/;
const OTHERS_PURPOSE = /\b(?:alguien|el|ella|ellos|ellas|un tecnico|la doctora|el doctor|su (?:asesor|ejecutivo))\b[^.]*\bpara\s+$/;
const CALLER_DOES = /\b(?:usted|ud|tu|vos|puede|podria|pueda|podrias|puedes|pudiera|le pido que|necesito que|si|el|ella|ellos|nadie|quien|no|ayer|anoche)\s+(?:lo\s+|la\s+|le\s+|se lo\s+)?(?:no\s+)?$/;
const NOT_RESEARCH_OBJECT = /^\s*(?:su|tu|el|la)?\s*(?:numero|telefono|celular|datos|nombre|direccion|identidad|correo)\b/;

/** `research`: saying they will investigate before concluding ("déjeme revisar", "voy a sacar los registros"). */
export const research = ruleDetector({
  label: 'research',
  reasons: {
    default: 'Dice que va a investigar antes de concluir: el manual pide averiguar qué pasó antes de dar una respuesta.',
  },
  gate: /voy a|vamos a|dejeme|permitame|dejame|tengo que|necesito|mir|revis|investig|verific|chec|chequ|averigu|consult|rastre|analiz|indag|examin|sac|jal|baj|busc|pid|pedi|encarg|solicit|escuch|registro|grabacion|ver (?:que|lo que|como|donde|quien)|causa|origen|fondo/,
  rules: [
    { re: re(`\\b(?<ev>(?:voy a|vamos a|dejeme|permitame|dejame|deja me|me voy a|tengo que|necesito) (?:ver|confirmar|checar|chequear|preguntar|consultar|verificar|corroborar|averiguar|revisar) (?:si|con (?:el|la|los|las|mi|mis|nuestr[oa]s?) (?:operador(?:a|es|as)?|agentes?|turno|supervisor(?:a)?|equipo|area|companer[oa]s?|tecnicos?|sistema|proveedor)|que (?:paso|sucedio|fallo|ocurrio))(?:\\s+[a-z]+){0,4})`), keep: (c) => !/\b(?:no|usted|ud)\s+$/.test(c.before) && !/\bsi (?:lo |le |la )?(?:tengo|entendi|entiendo|comprendi|capte)\b/.test(c.evidence) },
    {
      re: RESEARCH,
      keep: (c: MatchContext) => {
        const verb = /^\S+/.exec(c.evidence)![0];
        // "revisó" (he/she checked) is past; only the accent tells it from "reviso" (I check).
        if (/o$/.test(verb) && /ó$/.test(c.sentence.accented.slice(c.from, c.from + verb.length))) return false;
        if (CALLER_DOES.test(c.before) || OTHERS_PURPOSE.test(c.before)) return false;
        // An option offered ("si lo prefiere, empiezo a revisarlo yo") is not yet a stated investigation.
        if (/\bsi (?:lo |usted )?(?:prefiere|prefieres|gusta|quiere|desea)\b/.test(c.sentence.text.slice(0, c.from))) return false;
        if (THIRD_FUTURE.test(c.before) && !/\b(?:le|se lo|se la)\s+(?:va|van) a\s+$/.test(c.before) && !/\b(?:yo|nosotros)\b/.test(c.before.slice(-20))) return false;
        if (/^(?:verific|chec|consult)/.test(verb) && NOT_RESEARCH_OBJECT.test(c.evidence.slice(verb.length))) return false;
        return true;
      },
    },
  ],
});
