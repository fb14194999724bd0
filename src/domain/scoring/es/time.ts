/**
 * Spanish time expressions shared by `callback-time`, `vague-timeframe`,
 * `hold-or-callback` and `follow-up`. Written for the Spanish view (folded,
 * accents off, ñ as n).
 */

const HOUR_WORD = `(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)`;
const AMPM = `(?:\\s*(?:a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?|hrs?\\b\\.?|horas\\b(?! (?:habiles|mas))))?`;
const DAYPART = `(?:\\s+(?:de|en|por) la (?:manana|tarde|noche))?(?:\\s+en punto)?`;
/** A clock time: "las 3", "las 2:30", "las tres y media", "mediodía". */
export const CLOCK = `(?:(?:la|las)\\s+(?:\\d{1,2}(?:[:.]\\d{2})?${AMPM}|${HOUR_WORD}(?:\\s+y\\s+(?:media|cuarto|diez|quince|veinte|treinta|cuarenta|cuarenta y cinco)|\\s+menos\\s+(?:cuarto|diez|quince|veinte))?)${DAYPART}|\\d{1,2}[:.]\\d{2}${AMPM}|\\d{1,2}\\s*(?:a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?)|(?:el\\s+)?medio ?dia|la medianoche)`;

const FEW = `(?:\\d{1,2}|un(?:os)?|una|media|cinco|diez|quince|veinte|veinticinco|treinta|cuarenta|cuarenta y cinco|sesenta|noventa|dos|tres|cuatro|un par de|pocos|unos pocos|unos cuantos)`;
const FEW_HOURS = `(?:una|1|dos|2|tres|3|cuatro|4|un par de|unas (?:dos|tres|pocas))`;

/** A concrete, short window (at most the end of the next business day's morning). */
export const WINDOW =
  `(?:(?:antes de|a|para|hacia|alrededor de|como a|tipo|a mas tardar a|a eso de|cerca de|no mas tarde de|sobre) ${CLOCK}` +
  `|antes del? medio ?dia|antes de (?:la|las) ${HOUR_WORD}` +
  `|(?:en|dentro de)(?: (?:los|las|l[oa]s? proxim[oa]s|un maximo de|menos de|unos|unas|mas o menos))?(?: proxim[oa]s)? ${FEW} (?:minutos|mins?|minutitos)\\b` +
  `|(?:en|dentro de) (?:(?:la|una|media) hora|(?:la )?proxima hora|${FEW_HOURS} horas|las proximas ${FEW_HOURS} horas|un ratito|(?:un )?(?:momento|momentito|minuto|minutito|segundo))` +
  `|(?:en|dentro de) (?:las )?(?:proximas )?24 horas` +
  `|(?:antes de (?:que )?(?:termine|acabe|cierre|se termine|se acabe|finalice) (?:el dia|la jornada|mi turno|el turno|su (?:consultorio|oficina|clinica|horario)|la oficina|hoy)|antes del? (?:fin|final|cierre) del? (?:dia|jornada|turno|horario)|antes de (?:irme|que me vaya|salir)(?: hoy)?|antes de que (?:usted )?(?:cierre|salga|se vaya))` +
  `|(?:hoy (?:mismo|en la (?:manana|tarde|noche)|por la (?:manana|tarde|noche)|antes de|a (?:la|las)|mas tarde)|hoy(?! (?:no|mismo no))|mas tarde (?:hoy|en el dia)|esta (?:misma )?(?:manana|tarde|noche)|en el (?:transcurso|curso) del? (?:dia|manana|tarde)(?: de hoy)?)` +
  `|(?:manana (?:a primera hora|temprano|por la manana|en la manana|antes de|a (?:la|las))|(?:a )?primera hora (?:de )?(?:manana|del dia)))`;

/** Right away: a window only when it qualifies the call back itself ("le llamo enseguida", not "ahorita estoy ocupada"). */
export const NOW = `(?:ahorita|de inmediato|inmediatamente|enseguida|en seguida|ahora mismo|en un (?:instante|momento|momentito))`;

/** Beyond one business day, or no time at all dressed up as one. */
export const LONG =
  `(?:(?:esta|la proxima|la otra|en la proxima|dentro de una) semana|(?:la )?semana (?:que viene|proxima|entrante)|(?:el proximo|este|el otro) mes|el mes (?:que viene|proximo|entrante)|(?:antes de (?:que )?(?:termine|acabe|se termine|se acabe) (?:la|esta) semana|(?:antes del?|para el|a) (?:fin|final|finales) de (?:la |esta )?(?:semana|mes))|(?:(?:en|dentro de|de aqui a|entre|hasta|tarda|tardar|tardara|tardaria|demora|demorar|demorara|toma|tomar|tomara|lleva|llevar|llevara|son|serian|serán|seran)\\s+(?:unos\\s+|algunos\\s+|como\\s+|aproximadamente\\s+)?|(?:unos|algunos|varios|un par de|unos cuantos)\\s+)(?:\\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|unos|algunos|varios|un par de|unos cuantos|pocos)(?:\\s*(?:a|o|-|y)\\s*(?:\\d{1,2}|tres|cuatro|cinco|siete|diez|quince))? (?:dias|semanas|meses)(?: (?:habiles|laborables|naturales))?|(?:\\d{1,2}|dos|tres|cuatro|cinco|siete|diez)\\s*(?:a|-)\\s*(?:\\d{1,2}|tres|cuatro|cinco|siete|diez|quince) (?:dias|semanas)(?: (?:habiles|laborables|naturales))?|(?:48|72|\\d{3}|cuarenta y ocho|setenta y dos) horas|(?:en )?(?:los )?(?:proximos|siguientes) dias|(?:el )?proximo (?:ciclo|periodo|corte|estado de cuenta)|(?:la )?proxima factura|en (?:la|esta) semana|durante (?:la|esta) semana|en el (?:transcurso|curso) de (?:la|esta) semana|uno de estos dias|en estos dias|(?:dele|deme|denos|dale|espere|esperar|esperemos|aguarde|tenga paciencia) (?:unos|algunos|un par de|unos cuantos|pocos) (?:dias|semanas)|ya veremos(?: cuando)?|ya se vera|a ver cuando|cuando se (?:pueda|puede)|eventualmente|tarde o temprano|algun (?:momento|dia)|en su momento|cuando se pueda|con el tiempo|(?:manana|el lunes|el martes|el miercoles|el jueves|el viernes) o (?:pasado(?: manana)?|el (?:lunes|martes|miercoles|jueves|viernes)))`;

/** No time at all; harmless when a concrete time is also said. */
export const NOSPEC =
  `(?:no se cuando|quien sabe cuando|pronto|prontito|luego|despues(?! de (?:las|que))|mas tarde(?! (?:hoy|en el dia))|en (?:un|unos) (?:rato|ratos)|cuando (?:pueda|podamos|puedan|tenga(?:mos)? (?:tiempo|chance|un (?:momento|rato))|se desocupen?|este(?:mos)? (?:libres?|disponibles?)|haya (?:tiempo|noticias))|lo (?:antes|mas pronto|mas rapido) (?:posible|que (?:pueda|podamos))|a la (?:mayor )?brevedad(?: posible)?|en cuanto (?:pueda|podamos|sepa|sepamos|tenga(?:mos)?|haya (?:novedades|noticias|respuesta|algo))|tan pronto como (?:pueda|podamos|sea posible)|en cuanto se (?:pueda|resuelva|arregle|libere)|en cuanto (?:el|la|un|una|mi|nuestro|nuestra) (?:\\S+ ){0,2}?(?:pueda|se desocupe|se libere|tenga (?:tiempo|chance|un (?:hueco|espacio)))|cuando (?:tenga|tengamos|haya|sepa|sepamos) (?:respuesta|noticias|novedades|la informacion|la respuesta|algo)|cuanto antes|apenas (?:pueda|podamos|se pueda|sepa|sepamos|tenga|tengamos|haya)|en (?:el|su) momento oportuno|proximamente|mas adelante|un dia de estos|en algun momento|en breve|al rato|al ratito)`;

/** A committed call back or report from us ("le llamo", "le devuelvo la llamada", "me comunico con usted"). */
export const RETURN =
  `(?:(?:le|lo|la|te|les|los|las) (?:vuelvo a |volvemos a |voy a |vamos a |volvere a |estare |estaremos |estamos )?(?:llam(?:o|amos|are|aremos|ar|ando)|marc(?:o|amos|are|aremos|ar|ando)|devuelv(?:o|e)|devolv(?:er|ere|eremos|emos)|regres(?:o|amos|are|aremos|ar)|contact(?:o|amos|are|aremos|ar)|avis(?:o|amos|are|aremos|ar)|confirm(?:o|amos|are|aremos|ar)|inform(?:o|amos|are|aremos|ar)|report(?:o|are|ar)|respond(?:o|emos|ere|eremos|er)|contest(?:o|amos|are|ar)|busc(?:o|are|ar)|escrib(?:o|ire|ir)|(?:doy|dare|damos|daremos|dar|tendre|tendremos|tener|traigo|traere|traer) (?:una |la |mi |alguna )?(?:respuesta|razon|noticias|novedades|solucion))|(?:llamar|marcar|devolver|regresar|contactar|avisar|confirmar|informar|responder|contestar)(?:le|lo|la|te|les)|me (?:comunico|comunicare|voy a comunicar|pongo en contacto|pondre en contacto|reporto|reportare)(?: (?:con usted|contigo|de nuevo|de vuelta|nuevamente))?|(?:tendra|tendras|recibira|recibiras) (?:mi|nuestra|una) (?:llamada|respuesta|noticia)|(?:le|te) devuelvo la llamada|(?:le|te) regreso la llamada|(?:le|te) hablo|(?:le|te) marco|(?:le|te) (?:tengo|tendre|tendremos|traigo) (?:una |la |alguna )?(?:respuesta|noticias|novedades|solucion))`;
