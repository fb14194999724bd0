// A complete Spanish text for the late-message fixture, keyed by its ids.
export const SPANISH = `schemaVersion: 1
title: El mensaje tardío
summary: La administradora de un consultorio dental dice que un mensaje urgente les llegó dos horas tarde.
persona:
  name: Irma Jones
  callerName: Sra. Jones
  role: Administradora
  business: Dental Familiar Jones
  temperament: Habla sin parar; se calma en cuanto alguien toma el control.
briefing:
  - Cuenta 4471, Dental Familiar Jones, cliente desde 2019.
  - El registro de anoche muestra un mensaje urgente, entregado a las 9:40 p. m.
steps:
  rant:
    caller:
      - text: ¡Su gente se quedó con mi mensaje urgente dos horas anoche!
        direction: habla rápido, sin pausas
    continues:
      - Y es la tercera vez este mes, y nadie me regresa la llamada.
      - Tengo pacientes esperando y así no puedo llevar un consultorio.
    responses:
      interrupt-and-ask:
        text: Disculpe que la interrumpa, Sra. Jones. ¿A qué hora entró el mensaje?
        coaching: Una interrupción cortés con propósito y luego una pregunta concreta.
      stop-talking:
        text: Cálmese y déjeme hablar.
        coaching: Ordenarle cómo sentirse la enoja más; interrumpa con cortesía.
      we-never:
        text: Nosotros nunca perdemos mensajes.
        coaching: «Nosotros nunca» es algo que no puede probar y suena a discusión.
    branches:
      0:
        reply:
          - ¡No me diga lo que tengo que hacer!
    silence:
      reply:
        - ¿Y bien? ¿No piensa decir nada?
  pause:
    caller:
      - ¿Y qué va a hacer al respecto?
    responses:
      research-and-choice:
        text: Permítame investigarlo. ¿Prefiere esperar en la línea, o le devuelvo la llamada?
        coaching: Primero investigue, y dele a elegir.
      excuse:
        text: Anoche estábamos saturados.
        coaching: Una excusa no explica nada que a ella le importe.
      shrug:
        text: No hay nada que yo pueda hacer.
        coaching: No hacerse cargo pierde al cliente.
    default:
      reply:
        - Eso no es una respuesta.
  facts:
    caller:
      - Era por un paciente con una corona rota, como a las 7:30.
    responses:
      callback:
        text: Permítame investigarlo, y le devuelvo la llamada hoy antes de las 3 p. m.
        coaching: Una investigación dicha y una hora concreta.
      vague:
        text: Alguien se va a comunicar con usted.
        coaching: Sin hora y sin responsable; dé una hora concreta dentro de un día hábil.
      look-into-it:
        text: Lo voy a revisar y luego le aviso.
        coaching: Investigar está bien, pero dé una hora concreta dentro de un día hábil.
endings:
  resolved:
    caller:
      - Está bien. Espero su llamada antes de las tres.
    outcome: La Sra. Jones aceptó esperar una llamada a una hora fija.
  escalated:
    outcome: La Sra. Jones pidió al supervisor porque no recibió una respuesta clara.
  caller-hangs-up:
    outcome: La Sra. Jones colgó después de que se le negó la ayuda.
  caller-gives-up:
    outcome: La Sra. Jones colgó después de hablarle al silencio.
`;
