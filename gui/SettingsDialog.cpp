#include "SettingsDialog.h"

#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pilar {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_initial(Translations::configuredLanguage())
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(m_initial));
    auto *form = new QFormLayout;
    form->addRow(tr("Language"), m_language);
    auto *note = new QLabel(tr("A new language takes effect the next time Pilar starts."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

bool SettingsDialog::save()
{
    const QString chosen = m_language->currentData().toString();
    Translations::setConfiguredLanguage(chosen);
    return chosen != m_initial;
}

}
