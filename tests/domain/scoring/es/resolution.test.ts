/**
 * Third accuracy round (issue #7): the resolution labels written as families of
 * constructions (opener + slot + second required element), each with phrasings
 * in other registers and regions than the misses that showed the gap, and
 * near-misses that share their words.
 */
import { describe, expect, it } from 'vitest';
import '../../../../src/domain/scoring/es/register.ts';
import type { LabelId } from '../../../../src/domain/scoring/labels.ts';
import { score } from '../../../../src/domain/scoring/scorer.ts';
import { describeEsLabel } from './support.ts';

// Apology or permission + cutting in, said of the caller or of oneself.
describeEsLabel('polite-interrupt', {
  yes: [
    'Disculpá que te corte, ¿me contás a qué hora fue?',
    'Perdone que me entrometa, señor, ¿me permite una pregunta?',
    'Mil disculpas por cortarle la palabra, pero necesito confirmar un dato.',
    'Con permiso, la voy a tener que interrumpir un momentito.',
    'Permítame detenerla un segundo: ¿a qué número llamó el paciente?',
    'Sra. Ruiz, antes de que siga, permítame hacerle una pregunta.',
    'Deme un segundito, señora, para ayudarle necesito saber cuándo pasó.',
    'Le interrumpo un segundo, ¿me dice el nombre del paciente?',
    'Perdón que meta la cuchara, pero ¿cuándo empezó esto?',
    'Discúlpeme que la esté interrumpiendo, ¿me permite?',
    'No quisiera interrumpirla, pero necesito hacerle unas preguntas.',
    'perdon q lo interrumpa, ud me puede decir el numero?',
    'Pena con usted, doña Rosa, que la interrumpa: ¿a qué hora fue la llamada?',
    'Me va a disculpar que lo interrumpa, pero así lo puedo ayudar más rápido.',
    'Dejame frenarte un segundo, ¿vos llamaste al fijo o al celular?',
    'Perdón, perdón, permítame un segundo, señora: ¿qué número marcaron?',
    'Sra. López, si me disculpa, la voy a parar un momentito para hacerle unas preguntas.',
    'Disculpe, no es mi intención interrumpirla, pero para ayudarla necesito saber la hora.',
    'Le voy a pedir que me permita interrumpirle un momento.',
    'Perdón que te corte, che, ¿a qué número llamaste?',
    'Señora, con todo respeto, permítame interrumpirla para entender bien.',
    'Disculpe que lo ataje, pero necesito un dato para ayudarle.',
    'Qué pena con usted, doctora, pero la tengo que interrumpir un momentico.',
    'Señor, señor, disculpe: para ayudarle necesito que me diga su número de cuenta.',
    'Discúlpeme, que no le quiero cortar, pero ¿me dice a qué hora fue?',
  ],
  no: [
    'Siento mucho que se le cortó la línea.',
    'Disculpe la interrupción del servicio de anoche.',
    'Permítame un momento, voy a revisar su cuenta.',
    'No me interrumpa, por favor.',
    'Un momento, por favor, lo comunico con la gerente.',
    'Lamento que le cortaran el servicio.',
    'Usted me interrumpió dos veces.',
    'Disculpe que lo haya hecho esperar.',
    'Disculpe que lo moleste, ¿me permite un momento?',
    'Señor, señor, ¡no me grite!',
  ],
  evidence: { text: 'Sra. Vega, perdón que me meta; para ayudarla necesito saber a qué hora llamó.', phrase: 'me meta' },
});

// Hand-offs: with a modal, with the person named before, by first name, the authority taking the call.
describeEsLabel('offer-transfer', {
  yes: [
    'Le puedo pasar con mi supervisor ahora mismo.',
    'Con gusto, lo pongo en contacto con nuestro gerente de operaciones.',
    'Entiendo. Un momento y la comunico.',
    'El gerente es el Lic. Morales; ya le transfiero.',
    '¿Prefiere que la atienda mi supervisora?',
    'Enseguida lo atiende mi jefa.',
    'Voy a buscar a mi supervisor para que hable con usted.',
    'Mi supervisora se va a comunicar con usted hoy antes de las cinco.',
    'Sí, señor, deme un segundo y lo enlazo con el supervisor de turno.',
    'Déjeme ver si mi supervisor está disponible para atenderlo.',
    '¿Quiere hablar personalmente con la directora?',
    'Eso lo ve cobranza; la comunico ahora con Rebeca, que lleva su cuenta.',
    'Voy a escalar su queja a la gerente de servicio.',
    'Le voy a pedir a la jefa de turno que revise su caso y que la llame antes de las 3.',
    'te paso directo con don Ernesto, el encargado',
    'Voy a canalizar su llamada con el jefe de turno.',
    'Si gusta, le consigo una llamada con la directora hoy mismo.',
    'Claro, le pido a mi coordinadora que tome la llamada.',
    'Deje que llame a mi jefa para que la atienda personalmente.',
    'Le voy a agendar una llamada con nuestro gerente para esta tarde a las 4.',
    'Voy a hacer que la gerente de cuentas la llame hoy antes de las 5.',
    'Mi jefe puede hablar con usted ahorita, ¿se lo paso?',
    'Mirá, te comunico ya con la encargada, ella te lo resuelve.',
    'Entiendo que quiera hablar con alguien de más arriba; nuestra gerente es la Lic. Paredes y con gusto la comunico con ella ahora.',
    'Con mucho gusto le pido a mi supervisora que tome su caso y le llame en una hora.',
    'Fíjese que la que ve eso es la licenciada Ortiz; ya se la comunico.',
    'Orita le paso con mi jefa, no cuelgue.',
    'Ahí te paso con el supervisor, bancame un toque.',
    'Si me permite, lo pongo en línea con el gerente.',
    'Ahora mismo le paso con alguien que tiene autoridad para autorizar el crédito.',
  ],
  no: [
    'Si quiere hablar con un supervisor, tiene que llamar mañana.',
    'El supervisor no está, no se lo puedo pasar.',
    'Le paso el recado a la doctora.',
    'Le paso su número al técnico.',
    'Ya le transfiero el crédito.',
    'No la puedo comunicar con la gerente.',
    'Eso lo ve el supervisor, él la llama.',
    'El supervisor se va a comunicar con usted en estos días.',
    'Llame mañana a ver si le contesta alguien de administración.',
    'Le paso con la persona que usted diga, pero no hoy.',
    'Le dejo su queja a la gerente y ella se comunica con usted.',
    'Voy a canalizar su queja con el área correspondiente.',
    'Voy a hacer que la operadora lo anote bien esta vez.',
    'La gerente dice que no; no la comunico con ella.',
    'La doctora no está; se lo paso en cuanto llegue.',
  ],
  evidence: { text: 'Claro. Nuestra directora es la Sra. Wilson y la comunico enseguida.', phrase: 'la comunico enseguida' },
});

// Choices and suggestions about the fix: option nouns, "usted decide", "o si prefiere", "¿qué tal si...?".
describeEsLabel('offer-options', {
  yes: [
    '¿Qué tal si desviamos las llamadas de la noche a su celular?',
    '¿Y si probamos con un segundo contacto de guardia?',
    'Mi sugerencia sería agregar a la Dra. Lee como respaldo.',
    'Le planteo algo: mandamos los mensajes por texto, o si no, se los leemos por teléfono. Tú decides.',
    'Tengo un par de ideas para que no vuelva a pasar.',
    'Vos elegís: te lo cambio ahora o lo dejamos para el lunes.',
    'Puedo ofrecerle dos soluciones: un crédito parcial o una revisión gratis.',
    '¿Cómo prefiere que lo resolvamos: con el crédito o cambiando el horario?',
    'Lo paso con facturación o, si gusta, lo reviso yo mismo.',
    'Le cambio el número hoy o le agrego un segundo contacto, lo que le convenga más.',
    'Se puede resolver de dos maneras: con un desvío nuevo o con un segundo contacto.',
    '¿Le gustaría probar la entrega de los recados por correo?',
    'También podríamos avisarle solo las urgencias.',
    'Le doy a escoger: o cambiamos el horario o agregamos otro contacto.',
    'Se me ocurre que podríamos mandar las urgencias a la Dra. Lee.',
    '¿Qué opción le queda mejor: texto o llamada?',
    'Una idea: que la operadora le marque solo si es urgente.',
    'Si le parece, podemos probar una semana con el nuevo horario.',
    '¿Le interesaría que le activemos el aviso por texto?',
    'mire, tiene dos opciones: q le cambiemos el desvio o q agreguemos otro numero',
    'Ud me dice: o lo resolvemos hoy por teléfono o le mando a alguien mañana.',
    'Si prefiere, puedo dejar todo como está y solo cambiar el contacto del fin de semana.',
    'Lo podemos hacer de varias formas, usted me dice cuál le acomoda.',
    'Le propongo algo: cambiamos el desvío a su celular.',
    'Hay otra salida: que el doctor de guardia reciba solo las urgencias.',
    '¿Le late que lo probemos así una semana?',
    'Lo que me diga: si quiere lo arreglamos hoy mismo, si no, lo dejamos para el lunes.',
    'Podríamos empezar por cambiar el horario y, si no funciona, probar con el desvío.',
  ],
  no: [
    '¿Prefiere esperar en la línea o que le devuelva la llamada?',
    'Puedo quedarme en la línea con usted mientras busco, o llamarle de vuelta; ¿qué prefiere?',
    'Le recomiendo que se calme.',
    'Le llamo a las 3 o a las 4, como prefiera.',
    '¿Me da su nombre o su número de cuenta?',
    'Puede pagar con tarjeta o en efectivo, como prefiera.',
    '¿Puedo hablar yo ahora o va a seguir?',
    'Y si lo llamo, ¿a qué número lo encuentro?',
    'Tengo dos preguntas para confirmar sus datos: ¿nombre y teléfono?',
    'Si le parece, le llamo a las 3.',
    'No podemos probar otra cosa por ahora.',
    '¿Le gustaría que lo llamemos más tarde?',
    'Si prefiere, puedo llamarle más tarde.',
    'Si prefiere, puedo esperar a que busque el número.',
    'Le propongo algo: le marco a las 4 y lo vemos.',
    'Hay otra cosa: el técnico llega tarde.',
  ],
  evidence: { text: 'Podemos hacer dos cosas: le mando un técnico o le cambio el desvío. Usted decide.', phrase: 'dos cosas' },
});

// The full credit refused (in any order, any wording) + a substitute offered.
describeEsLabel('compromise', {
  yes: [
    'No tengo autorización para reembolsarle todo el mes, pero le puedo bonificar la semana del error.',
    'Devolverle la factura completa no está en mis manos; lo que sí puedo hacer es quitarle los cargos de esa noche.',
    'Lo máximo que le puedo acreditar es la mitad del mes.',
    'Todo el mes no se lo puedo devolver, pero te hago un descuento del 25%.',
    'El sistema no me deja anular toda la factura, pero sí le puedo quitar el cargo nocturno.',
    'No te puedo devolver la plata de todo el mes, pero te regalo la próxima semana.',
    'Como compensación, y ya que no puedo acreditarle todo, le ofrezco un mes de texto gratis.',
    'En vez del reembolso, le podemos dar dos meses sin costo del servicio de fin de semana.',
    'Como el reembolso no aplica, le ofrezco una revisión gratuita de sus instrucciones.',
    'Le puedo ofrecer un crédito parcial por los días del error.',
    'El mes completo no se lo puedo bonificar; la mitad sí.',
    'Sé que esperaba un crédito completo; no me es posible, pero sí le quito el cargo de los mensajes de esa noche.',
    'Todo no, pero una parte sí se la puedo acreditar.',
    'Por política no reembolsamos el mes completo, pero sí puedo descontarle esos cargos.',
    'Mirá, el reembolso completo no te lo puedo dar, pero te bonifico dos semanas.',
    'Entiendo que pida el reembolso total. No está dentro de lo que puedo autorizar, pero le puedo dejar sin costo el cargo por mensajes de esta semana.',
    'No hay manera de devolverle todo, pero sí le descuento los cargos de ese fin de semana.',
    'Todo el mes no le puedo reponer, pero le regalo quince días.',
    'No le puedo condonar toda la deuda, pero le puedo dar un plan de pagos sin intereses.',
    'No podemos devolver el total; le proponemos un descuento en su próxima factura.',
    'Los 300 dólares no puedo, pero sí le podría bonificar cien.',
    'Eso completo no se puede, pero le podemos descontar la mitad.',
  ],
  no: [
    'No puedo devolverle la llamada hasta mañana, pero le doy mi extensión.',
    'Le apliqué un crédito por el mes completo.',
    'No puedo compartir esa información, pero le tomo un mensaje.',
    'No le vamos a cobrar nada extra.',
    'El crédito completo ya se lo apliqué.',
    'No puedo acreditarle nada, lo siento.',
    'No puedo acreditarle todo el mes, lo siento; no depende de mí.',
    'La mitad sí llegó a tiempo.',
    'Por política no damos reembolsos.',
    'Entiendo que pida el reembolso total. No está dentro de lo que puedo autorizar.',
    'No hay manera de saber quién llamó, pero le doy el número de reporte.',
    'No le puedo condonar la deuda.',
  ],
  evidence: { text: 'Entiendo. El crédito total no lo puedo autorizar, pero sí le puedo descontar el cargo de activación.', phrase: 'descontar' },
});

// What to change + what it saves, in either order and any tense.
describeEsLabel('cost-saving', {
  yes: [
    'Si sus pacientes dejan los recados de rutina en el buzón, usted pagaría bastante menos.',
    'Si activa el desvío a la hora exacta del cierre, le cobraríamos menos minutos.',
    'Le conviene revisar los mensajes en el portal; así se evita el cargo por lectura telefónica.',
    'El menú de opciones le está sumando casi un minuto por llamada; sin él su cuenta bajaría.',
    'Si agrupamos los recados y se los mandamos juntos a las 6, son menos llamadas y menos costo.',
    'Con una grabación que diga el horario, esas llamadas ya no le costarían minutos.',
    'Hay varias maneras de reducir su factura: acortar el saludo es la más sencilla.',
    'Quitar la bienvenida grabada y el menú bajarían bastante su cuenta.',
    'Puede ahorrar si sus pacientes dejan los mensajes no urgentes en el buzón.',
    'Le conviene pedir que le mandemos los recados por texto: es más barato que la llamada.',
    'Revisar los mensajes en la app en vez de por teléfono le reduce el consumo.',
    'Te conviene un saludo más cortito, así pagás menos.',
    'si acorta el saludo de su buzon le baja la cuenta',
    'Una opción para ahorrar es que los pacientes que llaman por horarios escuchen una grabación en vez de hablar con la operadora.',
    'Para que le salga más baratito, le conviene acortar el mensaje de bienvenida.',
    'Pasándose al plan básico le bajaría harto la cuenta.',
    'Muchos clientes ahorran pidiendo los recados por correo en vez de por teléfono.',
    'Un tip: si quita la opción de hablar con operadora del menú, cada llamada dura menos.',
  ],
  no: [
    'Su factura bajó este mes.',
    'No podemos bajar la tarifa.',
    'Su factura subió por los minutos extra.',
    'El saludo largo no afecta su factura.',
    'Lamentablemente no hay forma de reducir la factura.',
    '¿Por qué no bajó mi factura?',
    'Le bajé el cargo de la factura.',
    'Para ahorrar tiempo, ¿me da su número de cuenta?',
    'Le puedo sugerir tres formas de bajar la factura. ¿Cuál le interesa?',
    'Revisar la app en vez de llamar es más fácil.',
    'Le salió más barato el mes pasado.',
    'Para ahorrar tiempo, le mando el formulario por correo.',
    'Entonces, para resumir: quité las llamadas duplicadas y vamos a acortar el saludo.',
    'Si su celular tuviera un saludo más corto, ¿le llegarían antes los recados?',
  ],
  evidence: { text: 'Revisé su cuenta. Podríamos grabar un saludo más corto; eso bajaría su factura.', phrase: 'bajaría su factura' },
});

// Declining to tell someone else's details (any order of object and verb), or offering only a message.
describeEsLabel('protect-privacy', {
  yes: [
    'Eso no se lo puedo decir, pero con gusto le paso el mensaje a la doctora.',
    'Esa información no la puedo compartir; lo que sí puedo hacer es tomarle un recado.',
    'Su número personal no se lo puedo dar, señor.',
    'No tenemos autorización para dar datos de los doctores.',
    'La política de la empresa no nos permite dar la dirección de nuestros clientes.',
    'Solo puedo tomarle el recado y hacérselo llegar al doctor.',
    'Lo único que puedo hacer es pasarle su mensaje a la licenciada.',
    'No estoy en posición de darle el celular de la doctora.',
    'no te puedo pasar ese dato, pero si queres le dejo un recado',
    'Eso sería una pregunta para el doctor; ¿quiere que le deje el mensaje?',
    'No manejamos datos personales de los doctores, pero le paso su recado.',
    'Por política no podemos decir si un médico trabaja con nosotros.',
    'no le puedo dar el cel de la dra, pero le dejo el recado',
    'No estamos autorizados a confirmar si la doctora atiende ahí.',
    'Por respeto a la privacidad de nuestros clientes, no puedo confirmarle si la doctora atiende ese día.',
    'Qué pena, pero esa información no la damos por teléfono; si quiere le dejo el recado.',
    'No se puede dar el número del doctor, lo que sí hago es pasarle su mensaje.',
  ],
  no: [
    'No le puedo decir cuándo se arreglará, pero lo estoy revisando.',
    'No le puedo confirmar la hora exacta todavía.',
    'Le tomo el recado con gusto.',
    'No puedo darle un crédito completo.',
    'Su información está segura con nosotros.',
    'Yo solo le puedo tomar el recado; lo demás no depende de mí.',
    'No le puedo dar el número de reporte todavía.',
    'No le puedo dar más información hasta que revise.',
    'No se puede dar de baja el servicio por teléfono; tiene que venir a la oficina.',
    'No damos descuentos por teléfono.',
  ],
  evidence: { text: 'Lo siento, no puedo confirmar si la Dra. Ponce es clienta nuestra; si quiere, le hago llegar un recado.', phrase: 'no puedo confirmar' },
});

// Fixes done, in progress or done right now, in any person; recaps that repeat them.
describeEsLabel('action-statement', {
  yes: [
    'Ya estoy capacitando al turno de noche con sus instrucciones.',
    'Lo que pasa es que el horario no se actualizó; ya lo estoy corrigiendo.',
    'El cargo a su tarjeta ya se reversó esta mañana.',
    'Ya se corrigió el horario de feriados en el sistema.',
    'Ya les di instrucciones a los operadores del turno de noche.',
    'Le estoy quitando ese cargo mientras hablamos.',
    'Se lo cambio en este momento.',
    'ya se le aviso al tecnico y va para alla',
    'Ya le avisamos al técnico de guardia.',
    'Ya pedí que le reprogramen el desvío.',
    'En pocas palabras: cambiamos el desvío y le quitamos el cargo.',
    'Le resumo: desde hoy los recados urgentes van a su celular y le llamo el viernes.',
    'Listo, ya dejé anotado en su cuenta que no la llamen los domingos.',
    'Hace un momento corregí la lista de guardia de este fin de semana.',
    'Ya quedó reversado el cargo duplicado.',
    'Ya se le hizo el cambio que pidió.',
    'Ya giramos instrucciones al turno nocturno.',
    'Se lo acabo de corregir, ya le deben llegar los mensajes.',
    'Revisé su cuenta y cambié el número.',
  ],
  no: [
    'Lo vamos a investigar y ya le avisamos.',
    'Lo estoy revisando.',
    'Ya lo estamos viendo.',
    'Estoy esperando que el sistema cargue.',
    'Le llamo ahora mismo.',
    'Ya se fue la operadora.',
    'Ya se cortó la llamada dos veces.',
    'Ya le pedí una vez que cuidara su lenguaje.',
    'Nosotros ya cumplimos, el resto es cosa suya.',
    'Es que acabamos de cambiar de sistema y todavía hay fallas.',
    'Voy a revisar cómo quedó configurado su desvío.',
    'No le pedí su ayuda. Le pedí al dueño.',
    'Le llamo hoy antes de las 6 para confirmarle que ya se aplicó.',
    'Ya se hizo tarde, mejor le llamo mañana.',
    'Ya hicimos todo lo que pudimos.',
    'Cálmese y deje que le explique.',
    'Fíjese bien y anote el número.',
  ],
  evidence: { text: 'No hay problema en cambiar el horario, lo hago ahora mismo.', phrase: 'lo hago ahora mismo' },
});

// Thanks for telling us or for patience, in every form; a company greeting is not that.
describeEsLabel('thank', {
  yes: [
    'Gracias por llamar a avisarnos lo del desvío.',
    'Gracias por llamarnos para contarnos lo que pasó.',
    'Se agradece mucho que nos avise.',
    'Le quedo muy agradecida por su paciencia.',
    'Te agradezco un montón que me lo hayas contado.',
    'Estamos muy agradecidos de que nos haya avisado.',
    'Gracias por aguantarme mientras revisaba.',
    'Gracias por la info, doctora.',
    'Muy amable por avisarnos, de verdad.',
    'Gracias por tenernos paciencia mientras lo resolvíamos.',
    'Le agradezco la confianza de contarnos esto.',
  ],
  no: [
    'Gracias por comunicarse con Servicios Médicos del Norte, ¿en qué le puedo ayudar?',
    'Buenas tardes, gracias por llamar a Contestadora Central, habla Luis.',
    'Gracias por llamar.',
    'Gracias, que tenga buena tarde.',
    'Gracias por su preferencia.',
    'Gracias a usted.',
    'Su operadora fue muy amable conmigo.',
  ],
  evidence: { text: 'Entiendo. Se agradece que nos avise; lo reviso ahora.', phrase: 'se agradece' },
});

// A recap opened in other words.
describeEsLabel('summarize', {
  yes: [
    'Le repaso rápido: nuevo horario desde hoy y crédito en la próxima factura.',
    'Le confirmo lo que acordamos: el desvío empieza hoy y le mando el resumen por correo.',
    'Hagamos un breve repaso: ya quedó el nuevo número y el lunes le marco.',
    'En pocas palabras: cambiamos el desvío y le quitamos el cargo.',
    'Entonces queda así: usted me manda el horario y yo lo cargo hoy.',
    'Para que quede claro: desde mañana la llamamos solo para urgencias.',
    'Quedamos en esto: usted me confirma la lista y yo la cargo hoy.',
    'Entonces: quito el menú desde mañana y la llamo el lunes.',
    'Bueno, repasemos: cambié su contacto y le llamo el viernes.',
    'A ver, en resumen: ya quedó el desvío y le mando el correo.',
    'Ok, para dejarlo claro: usted me manda la lista y yo la cargo hoy.',
    'Resumen de lo que hicimos: nuevo contacto de guardia y aviso por texto.',
  ],
  no: [
    '¿Le repaso el número de reporte?',
    'Queda así hasta nuevo aviso.',
    'Entonces, ¿a qué hora fue?',
    'En resumen, usted no nos avisó del cambio.',
    'Para resumir, fue un malentendido de su oficina.',
    'Para que quede claro, usted no me dijo eso.',
  ],
  evidence: { text: 'Muy bien. Para repasar: cambié su contacto de guardia y le llamo el viernes.', phrase: 'para repasar' },
});

// Threats named as unacceptable, with a consequence.
describeEsLabel('boundary', {
  yes: [
    'Sr. Paz, esas amenazas no las puedo aceptar; si continúa así voy a colgar.',
    'No voy a aceptar amenazas. Si sigue, termino la llamada.',
    'Le pido que no me falte al respeto; de lo contrario, cuelgo.',
    'Así no puedo atenderle: o baja el tono o corto la llamada.',
    'Le voy a pedir que no me hable así; si no, termino la llamada.',
    'No tengo por qué aguantar insultos; si sigue, cuelgo.',
  ],
  no: [
    'Entiendo que amenace con cancelar; veamos qué puedo hacer.',
    'Si sigue sin servicio, llámenos.',
    'Si me vuelve a faltar al respeto, le aviso a mi supervisor.',
  ],
  evidence: { text: 'Señor, esas amenazas no las acepto; si continúa, voy a colgar.', phrase: 'amenazas' },
});

// Hedges and written confirmations in other words.
describeEsLabel('soft-words', {
  yes: [
    'Lo más probable es que fue un error del sistema.',
    'Pareciera que la línea estuvo ocupada.',
    'Puede que el mensaje se haya traspapelado.',
    'No descarto que haya sido una falla de la línea.',
    'Es factible que el desvío se haya desactivado.',
    'Da la impresión de que hubo una confusión con los turnos.',
  ],
  no: ['Eso fue un error del sistema.', 'Le parece bien a las tres, ¿verdad?', 'No descarto nada todavía.', 'Es factible cambiarlo hoy.'],
  evidence: { text: 'Entiendo. Lo más probable es que el desvío no se activó; lo reviso.', phrase: 'lo más probable es que' },
});

describeEsLabel('written-confirmation', {
  yes: [
    'Le hago llegar un documento con lo acordado para su firma.',
    'Se lo dejo por escrito en un correo hoy mismo.',
    'Ahorita le mando un mail con todo lo que hablamos.',
    'le mando x mail el resumen para q lo firme',
    'Le llega por correo un resumen con todo lo que cambiamos.',
    'En un rato le cae un correo con la confirmación.',
    'Te lo mando por WhatsApp por escrito para que lo tengas.',
  ],
  no: [
    'Le mando el documento que me pidió.',
    'Le envío el número de reporte por correo.',
    'Le mando x mail el estado de cuenta como cada mes.',
    'Usted ya recibió el resumen por correo, revise su bandeja.',
    'Ya le mandé el correo la semana pasada y usted no contestó.',
    'Le llega la factura por correo cada mes.',
    '¿Le llega bien el correo?',
    'Pronto le cae un mail con la respuesta del técnico.',
  ],
  evidence: { text: 'Listo. Le hago llegar un documento con lo acordado para su firma.', phrase: 'documento' },
});

// Where two labels meet (rulebook judgements 3, 8 and 10).
describe('resolution labels at their borders (es)', () => {
  const cases: [text: string, label: LabelId, present: boolean][] = [
    // Judgement 3: a hold-or-callback choice is never offer-options.
    ['¿Preferís quedarte en línea mientras lo busco o te llamo yo?', 'offer-options', false],
    ['¿Le parece mejor esperar o que lo llame?', 'offer-options', false],
    // Judgement 8: a recap carries the labels of what it contains.
    ['Para repasar: cambié su contacto de guardia y el viernes le llamo.', 'action-statement', true],
    // Judgement 10: cost-saving ideas offered as a choice are also offer-options.
    ['Le puedo sugerir tres formas de bajar la factura: acortar el saludo o quitar el menú. ¿Cuál le interesa?', 'cost-saving', true],
    ['Le puedo sugerir tres formas de bajar la factura: acortar el saludo o quitar el menú. ¿Cuál le interesa?', 'offer-options', true],
    // A substitute offered as a choice is compromise and offer-options.
    ['Como no procede un reembolso completo, le propongo dos alternativas: un descuento o una revisión gratis. ¿Cuál prefiere?', 'compromise', true],
    ['Como no procede un reembolso completo, le propongo dos alternativas: un descuento o una revisión gratis. ¿Cuál prefiere?', 'offer-options', true],
    // A transfer offered next to doing it oneself is offer-transfer and offer-options.
    ['Le puedo pasar con mi supervisor en este momento, si lo desea, o sigo con usted.', 'offer-transfer', true],
    ['Le puedo pasar con mi supervisor en este momento, si lo desea, o sigo con usted.', 'offer-options', true],
  ];
  it.each(cases)('%j: %s is %s', (text, label, present) => {
    const labels = score({ text, lang: 'es' }).labels;
    if (present) expect(labels).toContain(label);
    else expect(labels).not.toContain(label);
  });
});
