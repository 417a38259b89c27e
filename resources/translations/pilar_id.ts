<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>main</name>
    <message>
        <source>Pilar — smart-city planning GIS for Kabupaten Purbalingga</source>
        <translation>Pilar — SIG perencanaan smart city Kabupaten Purbalingga</translation>
    </message>
    <message>
        <source>Open the embedded Purbalingga demo project.</source>
        <translation>Buka proyek demo Purbalingga yang tersedia di dalam program.</translation>
    </message>
    <message>
        <source>A project to open, or map data to add.</source>
        <translation>Proyek yang akan dibuka, atau data peta yang akan ditambahkan.</translation>
    </message>
    <message>
        <source>Show the welcome screen.</source>
        <translation>Tampilkan layar sambutan.</translation>
    </message>
</context>
<context>
    <name>pilar::AboutDialog</name>
    <message>
        <source>A desktop GIS for the smart-city master plan of Kabupaten Purbalingga.</source>
        <translation>SIG desktop untuk masterplan smart city Kabupaten Purbalingga.</translation>
    </message>
    <message>
        <source>Libraries: Qt %1, GDAL %2, PROJ %3, SQLite %4.</source>
        <translation>Pustaka: Qt %1, GDAL %2, PROJ %3, SQLite %4.</translation>
    </message>
    <message>
        <source>Data sources and licences</source>
        <translation>Sumber data dan lisensi</translation>
    </message>
    <message>
        <source>MIT licence of the boundaries</source>
        <translation>Lisensi MIT untuk batas wilayah</translation>
    </message>
    <message>
        <source>Open Database License (ODbL) 1.0 of the codes and names</source>
        <translation>Open Database License (ODbL) 1.0 untuk kode dan nama wilayah</translation>
    </message>
    <message>
        <source>About Pilar</source>
        <translation>Tentang Pilar</translation>
    </message>
</context>
<context>
    <name>pilar::AssetDialog</name>
    <message>
        <source>known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <source>New ICT Asset</source>
        <translation>Aset TIK Baru</translation>
    </message>
    <message>
        <source>ICT Asset %1</source>
        <translation>Aset TIK %1</translation>
    </message>
    <message>
        <source>(not inspected)</source>
        <translation>(belum diperiksa)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(belum diisi)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>POINT (109.3634 -7.3886), or use Place on Map</source>
        <translation>POINT (109.3634 -7.3886), atau gunakan Tempatkan di Peta</translation>
    </message>
    <message>
        <source>Code *</source>
        <translation>Kode *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <source>Type *</source>
        <translation>Jenis *</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Owner OPD</source>
        <translation>OPD pemilik</translation>
    </message>
    <message>
        <source>Serves programme</source>
        <translation>Melayani program</translation>
    </message>
    <message>
        <source>Install date</source>
        <translation>Tanggal pemasangan</translation>
    </message>
    <message>
        <source>Kecamatan code</source>
        <translation>Kode kecamatan</translation>
    </message>
    <message>
        <source>Desa code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <source>Location (lon/lat)</source>
        <translation>Lokasi (bujur/lintang)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>pilar::AssetListDocument</name>
    <message>
        <source>ICT Asset Inventory, as of %1</source>
        <translation>Daftar Aset TIK, per %1</translation>
    </message>
    <message>
        <source>ICT ASSET INVENTORY
KABUPATEN PURBALINGGA</source>
        <translation>DAFTAR ASET TIK
KABUPATEN PURBALINGGA</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Keadaan per %1</translation>
    </message>
    <message>
        <source>Kecamatan %1, as of %2</source>
        <translation>Kecamatan %1, keadaan per %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Ringkasan</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Jenis aset</translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>Belum diperiksa</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
</context>
<context>
    <name>pilar::AtlasDocument</name>
    <message>
        <source>%1: the project has no kecamatan boundaries to map.</source>
        <translation>%1: proyek tidak memiliki batas kecamatan untuk dipetakan.</translation>
    </message>
    <message>
        <source>This kecamatan</source>
        <translation>Kecamatan ini</translation>
    </message>
    <message>
        <source>Kecamatan Atlas of ICT Assets and Programmes, as of %1</source>
        <translation>Atlas Kecamatan Aset TIK dan Program, per %1</translation>
    </message>
    <message>
        <source>KECAMATAN ATLAS
ICT ASSETS AND SMART-CITY PROGRAMMES</source>
        <translation>ATLAS KECAMATAN
ASET TIK DAN PROGRAM SMART CITY</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Keadaan per %1</translation>
    </message>
    <message>
        <source>One section per kecamatan: its map with the desa, the programme sites and the ICT assets; a key map of the regency; its assets by type and condition; the programmes that serve it (a programme without kecamatan serves the whole regency) with their achievement there.</source>
        <translation>Satu bagian per kecamatan: petanya dengan desa, lokasi program dan aset TIK; peta kunci kabupaten; asetnya menurut jenis dan kondisi; program yang melayaninya (program tanpa kecamatan melayani seluruh kabupaten) beserta capaiannya.</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Programmes serving the whole regency</source>
        <translation>Program yang melayani seluruh kabupaten</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Achieved %</source>
        <translation>Capaian %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kecamatan %1 (%2)</source>
        <translation>Kecamatan %1 (%2)</translation>
    </message>
    <message>
        <source>No ICT asset is recorded in this kecamatan.</source>
        <translation>Belum ada aset TIK yang tercatat di kecamatan ini.</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Jenis aset</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>Belum diperiksa</translation>
    </message>
    <message>
        <source>whole regency</source>
        <translation>seluruh kabupaten</translation>
    </message>
    <message>
        <source>this kecamatan</source>
        <translation>kecamatan ini</translation>
    </message>
    <message>
        <source>No programme of its own; the programmes of the whole regency serve it.</source>
        <translation>Tidak ada program khusus; program seluruh kabupaten melayaninya.</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Melayani</translation>
    </message>
    <message>
        <source>%1 desa/kelurahan. %2; achievement %3 % against %4 % planned: %5.</source>
        <translation>%1 desa/kelurahan. %2; capaian %3 % terhadap %4 % yang direncanakan: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s) serve it</source>
        <translation>
            <numerusform>%n program melayaninya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::AttributeTableDialog</name>
    <message>
        <source>Attribute Table — %1</source>
        <translation>Tabel Atribut — %1</translation>
    </message>
    <message>
        <source>Filter: type text to find in any column</source>
        <translation>Saring: ketik teks yang dicari di kolom mana pun</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>&amp;Perbesar ke Pilihan</translation>
    </message>
    <message>
        <source>%1 of %2 features shown, %3 selected</source>
        <translation>%1 dari %2 fitur ditampilkan, %3 dipilih</translation>
    </message>
</context>
<context>
    <name>pilar::AuditChain</name>
    <message>
        <source>entry %1 is sealed after an unsealed one</source>
        <translation>entri %1 disegel setelah entri yang belum disegel</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it (one was removed or inserted)</source>
        <translation>entri %1 tidak menyambung entri sebelumnya (ada yang dihapus atau disisipkan)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>entri %1 diubah setelah ditulis</translation>
    </message>
</context>
<context>
    <name>pilar::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>pilar::Changeset</name>
    <message>
        <source>the change tracking of SQLite is not available</source>
        <translation>pelacakan perubahan SQLite tidak tersedia</translation>
    </message>
    <message>
        <source>the changes of %1 could not be computed (%2)</source>
        <translation>perubahan %1 tidak dapat dihitung (%2)</translation>
    </message>
    <message>
        <source>the changes could not be collected</source>
        <translation>perubahan tidak dapat dikumpulkan</translation>
    </message>
    <message>
        <source>the list of changes is damaged</source>
        <translation>daftar perubahan rusak</translation>
    </message>
</context>
<context>
    <name>pilar::CheckIn</name>
    <message>
        <source>the changes name %1.%2, which this project does not have (a newer Pilar wrote them)</source>
        <translation>perubahan menyebut %1.%2, yang tidak ada di proyek ini (ditulis oleh Pilar yang lebih baru)</translation>
    </message>
    <message>
        <source>the changes name a table %1 this project does not have</source>
        <translation>perubahan menyebut tabel %1 yang tidak ada di proyek ini</translation>
    </message>
    <message>
        <source>a new row of %1 (%2) was refused: %3</source>
        <translation>baris baru %1 (%2) ditolak: %3</translation>
    </message>
    <message>
        <source>a change to %1 (%2) was refused: %3</source>
        <translation>perubahan pada %1 (%2) ditolak: %3</translation>
    </message>
    <message>
        <source>Reading the changes</source>
        <translation>Membaca perubahan</translation>
    </message>
    <message>
        <source>%1 is not a Pilar project.</source>
        <translation>%1 bukan proyek Pilar.</translation>
    </message>
    <message>
        <source>%1 uses an older project format; open it in this Pilar once to upgrade it, then check in.</source>
        <translation>%1 memakai format proyek lama; buka sekali di Pilar ini untuk memperbaruinya, lalu lakukan check-in.</translation>
    </message>
    <message>
        <source>%1 was checked out from another project (%2), not from this one; nothing was changed.</source>
        <translation>%1 diambil (check-out) dari proyek lain (%2), bukan dari proyek ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 is refused: %2. Nothing was changed.</source>
        <translation>%1 ditolak: %2. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Merging change %1 of %2</source>
        <translation>Menggabungkan perubahan %1 dari %2</translation>
    </message>
    <message>
        <source>Canceled; nothing was changed.</source>
        <translation>Dibatalkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 could not be checked in: %2. Nothing was changed.</source>
        <translation>%1 tidak dapat di-check-in: %2. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 cannot check in: your role in %2 is viewer.</source>
        <translation>%1 tidak dapat melakukan check-in: peran Anda di %2 adalah pengamat.</translation>
    </message>
    <message>
        <source>the changes of %1 do not match its columns</source>
        <translation>perubahan pada %1 tidak cocok dengan kolomnya</translation>
    </message>
</context>
<context>
    <name>pilar::CheckinDialog</name>
    <message>
        <source>asset</source>
        <translation>aset</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>realisation</source>
        <translation>realisasi</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>pemeriksaan</translation>
    </message>
    <message>
        <source>inspection photo</source>
        <translation>foto pemeriksaan</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>budget realisation</source>
        <translation>realisasi anggaran</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ditambah</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 dihapus</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 diubah</translation>
    </message>
    <message>
        <source>Check In a Field Package</source>
        <translation>Check-in Paket Lapangan</translation>
    </message>
    <message>
        <source>Package or change file:</source>
        <translation>Paket atau berkas perubahan:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Changes to different fields merge by themselves. A field changed both here and in the field is not overwritten: it waits in Review Conflicts with both values.</source>
        <translation>Perubahan pada kolom berbeda digabung dengan sendirinya. Kolom yang diubah di sini dan di lapangan tidak ditimpa: kolom itu menunggu di Tinjau Konflik dengan kedua nilainya.</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Field packages and change files (*.gpkg *.pilarchanges);;All files (*)</source>
        <translation>Paket lapangan dan berkas perubahan (*.gpkg *.pilarchanges);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>From %1 on %2, checked out %3 for kecamatan %4 — %n change(s).</source>
        <translation>
            <numerusform>Dari %1 di %2, check-out %3 untuk kecamatan %4 — %n perubahan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Melakukan check-in…</translation>
    </message>
    <message>
        <source>These changes from %1 (%2) were checked in before; nothing changed.</source>
        <translation>Perubahan dari %1 (%2) ini sudah pernah di-check-in; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Checked in from %1 (%2): %3 added, %4 changed (%5 fields), %6 deleted.</source>
        <translation>Check-in dari %1 (%2): %3 ditambah, %4 diubah (%5 kolom), %6 dihapus.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for review.</source>
        <translation>
            <numerusform>%n konflik menunggu ditinjau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::CheckoutDialog</name>
    <message>
        <source>Check Out a Field Package</source>
        <translation>Check-out Paket Lapangan</translation>
    </message>
    <message>
        <source>The package holds the chosen kecamatan&apos;s programmes, indicators, assets and map, and opens on a laptop without network. Every change made there comes back at check-in.</source>
        <translation>Paket berisi program, indikator, aset dan peta kecamatan terpilih, dan dapat dibuka di laptop tanpa jaringan. Setiap perubahan di sana kembali saat check-in.</translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <source>Field officer:</source>
        <translation>Petugas lapangan:</translation>
    </message>
    <message>
        <source>Laptop:</source>
        <translation>Laptop:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose where to write the package</source>
        <translation>Pilih tempat menulis paket</translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation>Berkas paket:</translation>
    </message>
    <message>
        <source>Check Out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Field Package</source>
        <translation>Paket Lapangan</translation>
    </message>
    <message>
        <source>Field package (*.gpkg)</source>
        <translation>Paket lapangan (*.gpkg)</translation>
    </message>
    <message>
        <source>Checking out the field package…</source>
        <translation>Membuat paket lapangan…</translation>
    </message>
</context>
<context>
    <name>pilar::CliApplication</name>
    <message>
        <source>pilar-cli: unknown command &quot;%1&quot;.</source>
        <translation>pilar-cli: perintah &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Lists the layers of a file: geometry type, CRS, feature count and extent.</source>
        <translation>Menampilkan lapisan sebuah berkas: jenis geometri, SRK, jumlah fitur dan cakupan.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Keluaran JSON yang dapat dibaca mesin.</translation>
    </message>
    <message>
        <source>A Pilar project or any file GDAL reads.</source>
        <translation>Proyek Pilar atau berkas apa pun yang dapat dibaca GDAL.</translation>
    </message>
    <message>
        <source>info needs exactly one FILE (see pilar-cli info --help).</source>
        <translation>info memerlukan tepat satu BERKAS (lihat pilar-cli info --help).</translation>
    </message>
    <message>
        <source>Draws a Pilar project or any GDAL source to an image file.</source>
        <translation>Menggambar proyek Pilar atau sumber GDAL apa pun ke berkas citra.</translation>
    </message>
    <message>
        <source>The image to write (.png, .jpg or .tif).</source>
        <translation>Citra yang akan ditulis (.png, .jpg atau .tif).</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1920x1080).</source>
        <translation>Ukuran citra dalam piksel (bawaan 1920x1080).</translation>
    </message>
    <message>
        <source>Area to draw, in the map CRS.</source>
        <translation>Area yang digambar, dalam SRK peta.</translation>
    </message>
    <message>
        <source>Map CRS, e.g. EPSG:32749 (default: the project&apos;s).</source>
        <translation>SRK peta, mis. EPSG:32749 (bawaan: SRK proyek).</translation>
    </message>
    <message>
        <source>CRS of a source that has none (e.g. a Shapefile without .prj).</source>
        <translation>SRK untuk sumber yang tidak memilikinya (mis. Shapefile tanpa .prj).</translation>
    </message>
    <message>
        <source>Resolution for symbol sizes (default 96).</source>
        <translation>Resolusi untuk ukuran simbol (bawaan 96).</translation>
    </message>
    <message>
        <source>Leave out the scale bar and north arrow.</source>
        <translation>Tanpa skala batang dan panah utara.</translation>
    </message>
    <message>
        <source>render needs exactly one INPUT (see pilar-cli render --help).</source>
        <translation>render memerlukan tepat satu MASUKAN (lihat pilar-cli render --help).</translation>
    </message>
    <message>
        <source>render needs --out FILE.</source>
        <translation>render memerlukan --out BERKAS.</translation>
    </message>
    <message>
        <source>--size must look like 1920x1080.</source>
        <translation>--size harus berbentuk seperti 1920x1080.</translation>
    </message>
    <message>
        <source>--extent must be four numbers xmin,ymin,xmax,ymax with xmin &lt; xmax and ymin &lt; ymax.</source>
        <translation>--extent harus empat angka xmin,ymin,xmax,ymax dengan xmin &lt; xmax dan ymin &lt; ymax.</translation>
    </message>
    <message>
        <source>--dpi must be a number between 10 and 2400.</source>
        <translation>--dpi harus angka antara 10 dan 2400.</translation>
    </message>
    <message>
        <source>pilar-cli: warning: %1</source>
        <translation>pilar-cli: peringatan: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 ms).</source>
        <translation>%1 ditulis (%2 md).</translation>
    </message>
    <message>
        <source>Writes the Purbalingga demo project (real boundaries, styled) to a file.</source>
        <translation>Menulis proyek demo Purbalingga (batas wilayah asli, sudah bergaya) ke sebuah berkas.</translation>
    </message>
    <message>
        <source>The project file to write (.gpkg).</source>
        <translation>Berkas proyek yang akan ditulis (.gpkg).</translation>
    </message>
    <message>
        <source>demo needs exactly one OUT file (see pilar-cli demo --help).</source>
        <translation>demo memerlukan tepat satu berkas KELUARAN (lihat pilar-cli demo --help).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 ditulis.</translation>
    </message>
    <message>
        <source>Creates a new project with the regency boundaries, the default pillars and stages, and an empty master plan.</source>
        <translation>Membuat proyek baru dengan batas wilayah kabupaten, pilar dan tahapan bawaan, serta masterplan kosong.</translation>
    </message>
    <message>
        <source>The project file to create (.gpkg).</source>
        <translation>Berkas proyek yang akan dibuat (.gpkg).</translation>
    </message>
    <message>
        <source>new needs exactly one PROJECT file (see pilar-cli new --help).</source>
        <translation>new memerlukan tepat satu berkas PROYEK (lihat pilar-cli new --help).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name (nothing was changed).</source>
        <translation>%1 sudah ada; pilih nama lain (tidak ada yang diubah).</translation>
    </message>
    <message>
        <source>Checks a project: GeoPackage validity, format version, references between rows, and every programme and asset. Exits with 1 when there are problems.</source>
        <translation>Memeriksa proyek: keabsahan GeoPackage, versi format, rujukan antarbaris, serta setiap program dan aset. Keluar dengan kode 1 bila ada masalah.</translation>
    </message>
    <message>
        <source>The project file to check.</source>
        <translation>Berkas proyek yang akan diperiksa.</translation>
    </message>
    <message>
        <source>validate needs exactly one PROJECT file (see pilar-cli validate --help).</source>
        <translation>validate memerlukan tepat satu berkas PROYEK (lihat pilar-cli validate --help).</translation>
    </message>
    <message numerus="yes">
        <source>pilar-cli: %n problem(s) in %1</source>
        <translation>
            <numerusform>pilar-cli: %n masalah di %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports the programmes or the assets of a project with readable columns.</source>
        <translation>Mengekspor program atau aset sebuah proyek dengan kolom yang mudah dibaca.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Berkas proyek.</translation>
    </message>
    <message>
        <source>programmes or assets.</source>
        <translation>programmes (program) atau assets (aset).</translation>
    </message>
    <message>
        <source>The file to write: .csv, .xlsx, .geojson or .gpkg.</source>
        <translation>Berkas yang akan ditulis: .csv, .xlsx, .geojson atau .gpkg.</translation>
    </message>
    <message>
        <source>export needs exactly one PROJECT file (see pilar-cli export --help).</source>
        <translation>export memerlukan tepat satu berkas PROYEK (lihat pilar-cli export --help).</translation>
    </message>
    <message>
        <source>--what must be programmes or assets.</source>
        <translation>--what harus programmes atau assets.</translation>
    </message>
    <message>
        <source>export needs --out FILE.</source>
        <translation>export memerlukan --out BERKAS.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n baris ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>File of programmes to import.</source>
        <translation>Berkas program yang akan diimpor.</translation>
    </message>
    <message>
        <source>File of assets to import.</source>
        <translation>Berkas aset yang akan diimpor.</translation>
    </message>
    <message>
        <source>The sheet or layer to read (default: the first).</source>
        <translation>Lembar atau lapisan yang dibaca (bawaan: yang pertama).</translation>
    </message>
    <message>
        <source>A saved column mapping (JSON: field → column).</source>
        <translation>Pemetaan kolom yang tersimpan (JSON: isian → kolom).</translation>
    </message>
    <message>
        <source>Write the mapping used to this file, to reuse or edit.</source>
        <translation>Tulis pemetaan yang dipakai ke berkas ini, untuk dipakai ulang atau diubah.</translation>
    </message>
    <message>
        <source>Check every row, import nothing.</source>
        <translation>Periksa setiap baris, tanpa mengimpor.</translation>
    </message>
    <message>
        <source>import needs exactly one PROJECT file (see pilar-cli import --help).</source>
        <translation>import memerlukan tepat satu berkas PROYEK (lihat pilar-cli import --help).</translation>
    </message>
    <message>
        <source>%1: not a mapping file (a JSON object of field: column).</source>
        <translation>%1: bukan berkas pemetaan (objek JSON isian: kolom).</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: berkas tidak dapat ditulis (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported.</source>
        <translation>
            <numerusform>%n baris ditolak; tidak ada yang diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints the progress toward the plan&apos;s targets: achievement, plan and status per pillar, stage, OPD or kecamatan (the numbers the dashboard shows).</source>
        <translation>Menampilkan kemajuan menuju target rencana: capaian, rencana dan status per pilar, tahapan, OPD atau kecamatan (angka yang sama dengan dasbor).</translation>
    </message>
    <message>
        <source>The date to measure at (default: today).</source>
        <translation>Tanggal pengukuran (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>pillar (default), stage, opd or kecamatan.</source>
        <translation>pillar (bawaan), stage, opd atau kecamatan.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (bawaan), csv atau json.</translation>
    </message>
    <message>
        <source>progress needs exactly one PROJECT file (see pilar-cli progress --help).</source>
        <translation>progress memerlukan tepat satu berkas PROYEK (lihat pilar-cli progress --help).</translation>
    </message>
    <message>
        <source>--at must be a date like 2023-12-31.</source>
        <translation>--at harus tanggal seperti 2023-12-31.</translation>
    </message>
    <message>
        <source>--by must be pillar, stage, opd or kecamatan.</source>
        <translation>--by harus pillar, stage, opd atau kecamatan.</translation>
    </message>
    <message>
        <source>--format must be table, csv or json.</source>
        <translation>--format harus table, csv atau json.</translation>
    </message>
    <message>
        <source>Only the programmes of this pillar (its code).</source>
        <translation>Hanya program pilar ini (kodenya).</translation>
    </message>
    <message>
        <source>Only the programmes of this stage (its code).</source>
        <translation>Hanya program tahapan ini (kodenya).</translation>
    </message>
    <message>
        <source>Only the programmes of this OPD (its code).</source>
        <translation>Hanya program OPD ini (kodenya).</translation>
    </message>
    <message>
        <source>Only the programmes serving this kecamatan (its code, e.g. 33.03.05).</source>
        <translation>Hanya program yang melayani kecamatan ini (kodenya, mis. 33.03.05).</translation>
    </message>
    <message>
        <source>Only the programmes started by this year.</source>
        <translation>Hanya program yang sudah dimulai pada tahun ini.</translation>
    </message>
    <message>
        <source>--%1: nothing in the project has the code &quot;%2&quot;.</source>
        <translation>--%1: tidak ada data dalam proyek dengan kode &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--kecamatan: the regency has no kecamatan with the code &quot;%1&quot;.</source>
        <translation>--kecamatan: kabupaten tidak memiliki kecamatan dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--year must be a year like 2022.</source>
        <translation>--year harus berupa tahun, misalnya 2022.</translation>
    </message>
    <message>
        <source>Imports programmes, assets or realisations (the e-Monev layout: one row per indicator per quarter) from CSV, XLSX or any GDAL vector file. All or nothing: if any row cannot be used, nothing is imported and each such row is listed.</source>
        <translation>Mengimpor program, aset, atau realisasi (tata letak e-Monev: satu baris per indikator per triwulan) dari CSV, XLSX, atau berkas vektor GDAL mana pun. Semua atau tidak sama sekali: bila ada baris yang tidak dapat dipakai, tidak ada yang diimpor dan setiap baris itu dicantumkan.</translation>
    </message>
    <message>
        <source>File of realisations to import (columns: programme code, indicator, year, quarter or date, value, source, optional kecamatan).</source>
        <translation>Berkas realisasi yang diimpor (kolom: kode program, indikator, tahun, triwulan atau tanggal, nilai, sumber, kecamatan bila ada).</translation>
    </message>
    <message>
        <source>Realisations: a different value for a quarter already reported replaces it.</source>
        <translation>Realisasi: nilai berbeda untuk triwulan yang sudah dilaporkan menggantikannya.</translation>
    </message>
    <message>
        <source>import needs one of --programmes FILE, --assets FILE or --realisations FILE.</source>
        <translation>import memerlukan salah satu dari --programmes BERKAS, --assets BERKAS, atau --realisations BERKAS.</translation>
    </message>
    <message>
        <source>Writes a printed report as PDF in government form (letterhead, page numbers, signature block).</source>
        <translation>Menulis laporan cetak sebagai PDF dalam format dinas (kop surat, nomor halaman, blok tanda tangan).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Berkas PDF yang ditulis.</translation>
    </message>
    <message>
        <source>A4 or F4 (215 × 330 mm); default: the project&apos;s setting.</source>
        <translation>A4 atau F4 (215 × 330 mm); bawaan: pengaturan proyek.</translation>
    </message>
    <message>
        <source>Landscape pages.</source>
        <translation>Halaman melintang (landscape).</translation>
    </message>
    <message>
        <source>The date of the data (default: the latest report).</source>
        <translation>Tanggal data (bawaan: laporan terakhir).</translation>
    </message>
    <message>
        <source>report needs a PROJECT and --out FILE.pdf (see pilar-cli report --help).</source>
        <translation>report memerlukan PROYEK dan --out BERKAS.pdf (lihat pilar-cli report --help).</translation>
    </message>
    <message>
        <source>--paper must be A4 or F4.</source>
        <translation>--paper harus A4 atau F4.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n halaman.</numerusform>
        </translation>
    </message>
    <message>
        <source>progress (the smart-city progress report), atlas (a section per kecamatan) or assets (the ICT asset inventory).</source>
        <translation>progress (laporan kemajuan smart city), atlas (satu bagian per kecamatan) atau assets (daftar aset TIK).</translation>
    </message>
    <message>
        <source>Atlas and assets: only these kecamatan (codes, comma-separated).</source>
        <translation>Atlas dan aset: hanya kecamatan ini (kode, dipisah koma).</translation>
    </message>
    <message>
        <source>--template: &quot;%1&quot; is not a report this Pilar writes (progress, atlas, assets).</source>
        <translation>--template: &quot;%1&quot; bukan laporan yang dapat ditulis Pilar ini (progress, atlas, assets).</translation>
    </message>
    <message>
        <source>The report&apos;s language: id (default) or en.</source>
        <translation>Bahasa laporan: id (bawaan) atau en.</translation>
    </message>
    <message>
        <source>--lang must be id or en.</source>
        <translation>--lang harus id atau en.</translation>
    </message>
    <message>
        <source>Lists who may view, edit or administer a project, or gives a role (administrators only; anyone while the project has no roles).</source>
        <translation>Menampilkan siapa yang boleh melihat, mengubah atau mengelola proyek, atau memberi peran (hanya administrator; siapa saja selama proyek belum punya peran).</translation>
    </message>
    <message>
        <source>Give a role: USER=viewer, USER=editor or USER=administrator.</source>
        <translation>Beri peran: PENGGUNA=viewer, PENGGUNA=editor atau PENGGUNA=administrator.</translation>
    </message>
    <message>
        <source>roles needs exactly one PROJECT (see pilar-cli roles --help).</source>
        <translation>roles memerlukan tepat satu PROYEK (lihat pilar-cli roles --help).</translation>
    </message>
    <message>
        <source>%1 is not a Pilar project.</source>
        <translation>%1 bukan proyek Pilar.</translation>
    </message>
    <message>
        <source>--set needs USER=viewer, USER=editor or USER=administrator.</source>
        <translation>--set memerlukan PENGGUNA=viewer, PENGGUNA=editor atau PENGGUNA=administrator.</translation>
    </message>
    <message>
        <source>No roles: everyone who opens the project may change it.</source>
        <translation>Belum ada peran: siapa pun yang membuka proyek boleh mengubahnya.</translation>
    </message>
    <message>
        <source>Usage: pilar-cli &lt;command&gt; [options]

Commands:
  info FILE [--json]           layers, geometry type, CRS, feature count and extent
  render INPUT --out FILE.png  draw a project or any GDAL source to an image
  demo OUT.gpkg                write the Purbalingga demo project (with a sample master plan)
  new PROJECT.gpkg             a new project: regency boundaries, default pillars and stages
  validate PROJECT [--json]    check the file, its format, references and every row
  export PROJECT --what programmes|assets --out FILE   to .csv, .xlsx, .geojson or .gpkg
  import PROJECT --programmes FILE | --assets FILE [--mapping MAP.json] [--dry-run]
  import PROJECT --realisations FILE [--replace]   e-Monev: one row per indicator per quarter
  progress PROJECT [--at DATE] [--by pillar|stage|opd|kecamatan] [--format table|csv|json]
  report PROJECT --template progress|atlas|assets --out FILE.pdf [--paper A4|F4] [--landscape] [--at DATE] [--kecamatan CODE,...]
  checkout PROJECT --kecamatan CODE[,...] --out PACKAGE.gpkg [--officer NAME]   a field package
  changes PACKAGE [--out FILE]         what a package will send back; its change file
  checkin PROJECT PACKAGE [--json]     merge a field package or change file
  conflicts PROJECT [--resolve ID --take office|field|value [--value TEXT]]
  roles PROJECT [--set USER=viewer|editor|administrator]   who may change the project
  push PROJECT.gpkg PG:&quot;host=... dbname=...&quot;   publish a project to the office&apos;s PostgreSQL server
  pull PG:&quot;host=... dbname=...&quot; OUT.gpkg       a copy of a server project

A PROJECT may also be a server project, PG:&quot;host=... dbname=... user=...&quot;.

Options:
  --version                    versions of Pilar and the libraries in use
  --help                       this text; &apos;pilar-cli &lt;command&gt; --help&apos; for a command
</source>
        <translation>Penggunaan: pilar-cli &lt;perintah&gt; [opsi]

Perintah:
  info BERKAS [--json]         lapisan, jenis geometri, SRK, jumlah fitur dan cakupan
  render MASUKAN --out PETA.png  gambar proyek atau sumber GDAL apa pun ke sebuah citra
  demo KELUARAN.gpkg           tulis proyek demo Purbalingga (dengan masterplan sampel)
  new PROYEK.gpkg              proyek baru: batas wilayah, pilar dan tahapan bawaan
  validate PROYEK [--json]     periksa berkas, formatnya, rujukan dan setiap baris
  export PROYEK --what programmes|assets --out BERKAS   ke .csv, .xlsx, .geojson atau .gpkg
  import PROYEK --programmes BERKAS | --assets BERKAS [--mapping PETA.json] [--dry-run]
  import PROYEK --realisations BERKAS [--replace]   e-Monev: satu baris per indikator per triwulan
  progress PROYEK [--at TANGGAL] [--by pillar|stage|opd|kecamatan] [--format table|csv|json]
  report PROYEK --template progress|atlas|assets --out BERKAS.pdf [--paper A4|F4] [--landscape] [--at TANGGAL] [--kecamatan KODE,...]
  checkout PROYEK --kecamatan KODE[,...] --out PAKET.gpkg [--officer NAMA]   paket lapangan
  changes PAKET [--out BERKAS]         apa yang akan dikirim balik oleh paket; berkas perubahannya
  checkin PROYEK PAKET [--json]        gabungkan paket lapangan atau berkas perubahan
  conflicts PROYEK [--resolve ID --take office|field|value [--value TEKS]]
  roles PROYEK [--set PENGGUNA=viewer|editor|administrator]   siapa yang boleh mengubah proyek
  push PROYEK.gpkg PG:&quot;host=... dbname=...&quot;   terbitkan proyek ke server PostgreSQL kantor
  pull PG:&quot;host=... dbname=...&quot; KELUARAN.gpkg   salinan proyek server

PROYEK dapat juga berupa proyek server, PG:&quot;host=... dbname=... user=...&quot;.

Opsi:
  --version                    versi Pilar dan pustaka yang digunakan
  --help                       teks ini; &apos;pilar-cli &lt;perintah&gt; --help&apos; untuk satu perintah
</translation>
    </message>
</context>
<context>
    <name>pilar::CodeListDialog</name>
    <message>
        <source>Regional Agencies (OPD)</source>
        <translation>Organisasi Perangkat Daerah (OPD)</translation>
    </message>
    <message>
        <source>Partners (Mitra)</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Kind (bank, telco, university…)</source>
        <translation>Jenis (bank, operator telekomunikasi, universitas…)</translation>
    </message>
    <message>
        <source>Add OPD</source>
        <translation>Tambah OPD</translation>
    </message>
    <message>
        <source>Add Partner</source>
        <translation>Tambah Mitra</translation>
    </message>
</context>
<context>
    <name>pilar::ColorButton</name>
    <message>
        <source>Choose Colour</source>
        <translation>Pilih Warna</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparan</translation>
    </message>
</context>
<context>
    <name>pilar::ConflictsPanel</name>
    <message>
        <source>Keep Office Value</source>
        <translation>Pertahankan Nilai Kantor</translation>
    </message>
    <message>
        <source>Take Field Value</source>
        <translation>Ambil Nilai Lapangan</translation>
    </message>
    <message>
        <source>Edit Value…</source>
        <translation>Ubah Nilai…</translation>
    </message>
    <message>
        <source>Show on Map</source>
        <translation>Tampilkan di Peta</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Office value</source>
        <translation>Nilai kantor</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Nilai lapangan</translation>
    </message>
    <message>
        <source>At check-out</source>
        <translation>Saat check-out</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Dikirim oleh</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>The office&apos;s value stays; the field&apos;s is set aside (recorded in the audit log).</source>
        <translation>Nilai kantor tetap; nilai lapangan dikesampingkan (dicatat di log audit).</translation>
    </message>
    <message>
        <source>The field&apos;s value replaces the office&apos;s (recorded in the audit log).</source>
        <translation>Nilai lapangan menggantikan nilai kantor (dicatat di log audit).</translation>
    </message>
    <message>
        <source>Edit Value</source>
        <translation>Ubah Nilai</translation>
    </message>
    <message>
        <source>A code of its own for the field&apos;s row:</source>
        <translation>Kode tersendiri untuk baris dari lapangan:</translation>
    </message>
    <message>
        <source>Value of %1:</source>
        <translation>Nilai %1:</translation>
    </message>
    <message>
        <source>Restore Field Row</source>
        <translation>Pulihkan Baris Lapangan</translation>
    </message>
    <message>
        <source>Delete as in Field</source>
        <translation>Hapus seperti di Lapangan</translation>
    </message>
    <message>
        <source>Table %1, received %2</source>
        <translation>Tabel %1, diterima %2</translation>
    </message>
    <message>
        <source>No conflicts wait for review.</source>
        <translation>Tidak ada konflik yang menunggu ditinjau.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the field wait for a decision. Nothing was overwritten.</source>
        <translation>
            <numerusform>%n perubahan dari lapangan menunggu keputusan. Tidak ada yang ditimpa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Conflicts</source>
        <translation>Tinjau Konflik</translation>
    </message>
</context>
<context>
    <name>pilar::CoordinateFormat</name>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>S</source>
        <comment>south</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <comment>east</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>W</source>
        <comment>west</comment>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>pilar::CoordinateTransform</name>
    <message>
        <source>The coordinate reference system is not known.</source>
        <translation>Sistem referensi koordinat tidak diketahui.</translation>
    </message>
    <message>
        <source>PROJ cannot transform from %1 to %2: %3</source>
        <translation>PROJ tidak dapat mentransformasi dari %1 ke %2: %3</translation>
    </message>
    <message>
        <source>PROJ cannot normalise the axis order.</source>
        <translation>PROJ tidak dapat menormalkan urutan sumbu.</translation>
    </message>
</context>
<context>
    <name>pilar::Crs</name>
    <message>
        <source>No coordinate reference system given.</source>
        <translation>Sistem referensi koordinat belum diberikan.</translation>
    </message>
    <message>
        <source>Unknown coordinate reference system &quot;%1&quot;.</source>
        <translation>Sistem referensi koordinat &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown CRS</source>
        <translation>SRK tidak diketahui</translation>
    </message>
</context>
<context>
    <name>pilar::CrsSelectionDialog</name>
    <message>
        <source>Coordinate Reference System</source>
        <translation>Sistem Referensi Koordinat</translation>
    </message>
    <message>
        <source>EPSG code (e.g. 32749) or WKT</source>
        <translation>Kode EPSG (mis. 32749) atau WKT</translation>
    </message>
    <message>
        <source>Common systems for Purbalingga:</source>
        <translation>Sistem yang umum dipakai di Purbalingga:</translation>
    </message>
    <message>
        <source>Or type any code:</source>
        <translation>Atau ketik kode apa pun:</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Terpilih: %1</translation>
    </message>
    <message>
        <source>Choose a system from the list or type a code.</source>
        <translation>Pilih sistem dari daftar atau ketik sebuah kode.</translation>
    </message>
</context>
<context>
    <name>pilar::DashboardDock</name>
    <message>
        <source>Achievement against plan (%)</source>
        <translation>Capaian terhadap rencana (%)</translation>
    </message>
    <message>
        <source>Budget planned and realised (billion Rp)</source>
        <translation>Anggaran rencana dan realisasi (miliar Rp)</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>Menurut pilar</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>Menurut tahapan</translation>
    </message>
    <message>
        <source>By OPD</source>
        <translation>Menurut OPD</translation>
    </message>
    <message>
        <source>By kecamatan</source>
        <translation>Menurut kecamatan</translation>
    </message>
    <message>
        <source>Save Charts…</source>
        <translation>Simpan Grafik…</translation>
    </message>
    <message>
        <source>Enter Realisation…</source>
        <translation>Isi Realisasi…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Achieved %</source>
        <translation>Capaian %</translation>
    </message>
    <message>
        <source>Planned %</source>
        <translation>Rencana %</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Furthest behind plan:</source>
        <translation>Paling tertinggal dari rencana:</translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation>Simpan Grafik</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Programmes: %1 on track, %2 at risk, %3 behind, %4 without data.</source>
        <translation>Program: %1 sesuai rencana, %2 berisiko, %3 tertinggal, %4 tanpa data.</translation>
    </message>
    <message>
        <source>Pillars without programmes: %1</source>
        <translation>Pilar tanpa program: %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>rencana</translation>
    </message>
    <message>
        <source>realised</source>
        <translation>realisasi</translation>
    </message>
    <message>
        <source>%1: cannot write the chart.</source>
        <translation>%1: grafik tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Planned and actual over time (% of the final target)</source>
        <translation>Rencana dan realisasi dari waktu ke waktu (% dari target akhir)</translation>
    </message>
    <message>
        <source>Planned and actual over time (% of the final target): %1</source>
        <translation>Rencana dan realisasi dari waktu ke waktu (% dari target akhir): %1</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Salin Grafik</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Simpan Grafik…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Simpan Grafik</translation>
    </message>
    <message>
        <source>pillar %1</source>
        <translation>pilar %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>tahapan %1</translation>
    </message>
    <message>
        <source>OPD %1</source>
        <translation>OPD %1</translation>
    </message>
    <message>
        <source>kecamatan %1</source>
        <translation>kecamatan %1</translation>
    </message>
    <message>
        <source>programmes started by %1</source>
        <translation>program yang dimulai hingga %1</translation>
    </message>
    <message>
        <source>Filtered as the map: %1.</source>
        <translation>Disaring seperti peta: %1.</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Ambang…</translation>
    </message>
    <message>
        <source>When a programme counts as on track, at risk or behind (a project setting)</source>
        <translation>Kapan program dianggap sesuai rencana, berisiko, atau tertinggal (pengaturan proyek)</translation>
    </message>
    <message>
        <source>Forecast %</source>
        <translation>Prakiraan %</translation>
    </message>
    <message>
        <source>Share of the final target expected at the plan&apos;s end, from the trend of the values so far</source>
        <translation>Bagian target akhir yang diperkirakan tercapai di akhir rencana, dari tren nilai sejauh ini</translation>
    </message>
    <message>
        <source>Status Thresholds</source>
        <translation>Ambang Status</translation>
    </message>
    <message>
        <source>A programme&apos;s achievement, as a share of what was planned by the date:</source>
        <translation>Capaian program, sebagai bagian dari yang direncanakan hingga tanggal itu:</translation>
    </message>
    <message>
        <source>On track from</source>
        <translation>Sesuai rencana mulai</translation>
    </message>
    <message>
        <source>At risk from (below: behind)</source>
        <translation>Berisiko mulai (di bawahnya: tertinggal)</translation>
    </message>
    <message>
        <source>%1
achieved %2 %, planned %3 %
%4, %5</source>
        <translation>%1
capaian %2 %, rencana %3 %
%4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::DataSourceInfo</name>
    <message>
        <source>File: %1
Format: %2
</source>
        <translation>Berkas: %1
Format: %2
</translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Lapisan: %1</translation>
    </message>
    <message>
        <source>  Geometry: %1</source>
        <translation>  Geometri: %1</translation>
    </message>
    <message>
        <source>  Features: %1</source>
        <translation>  Fitur: %1</translation>
    </message>
    <message>
        <source>  CRS: %1</source>
        <translation>  SRK: %1</translation>
    </message>
    <message>
        <source>  CRS: unknown (the coordinates suggest %1)</source>
        <translation>  SRK: tidak diketahui (koordinatnya mengarah ke %1)</translation>
    </message>
    <message>
        <source>  CRS: unknown</source>
        <translation>  SRK: tidak diketahui</translation>
    </message>
    <message>
        <source>  Extent: %1</source>
        <translation>  Cakupan: %1</translation>
    </message>
    <message>
        <source>  Type: raster, %1 x %2 pixels, %3, %4</source>
        <translation>  Jenis: raster, %1 x %2 piksel, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation>
            <numerusform>%n band</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overview level(s)</source>
        <translation>
            <numerusform>%n tingkat overview</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::DatasetOpener</name>
    <message>
        <source>%1: file not found.</source>
        <translation>%1: berkas tidak ditemukan.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (permission denied).</source>
        <translation>%1: berkas tidak dapat dibaca (izin ditolak).</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: berkas kosong.</translation>
    </message>
    <message>
        <source>%1: the Shapefile is missing its index file (.shx); copy the .shx that belongs with it.</source>
        <translation>%1: Shapefile tidak memiliki berkas indeks (.shx); salin berkas .shx pasangannya.</translation>
    </message>
    <message>
        <source>%1: the Shapefile is missing its attribute file (.dbf); copy the .dbf that belongs with it.</source>
        <translation>%1: Shapefile tidak memiliki berkas atribut (.dbf); salin berkas .dbf pasangannya.</translation>
    </message>
    <message>
        <source>%1: this folder holds no map data that can be read.</source>
        <translation>%1: folder ini tidak berisi data peta yang dapat dibaca.</translation>
    </message>
    <message>
        <source>%1: the file format is not supported or the file is not map data.</source>
        <translation>%1: format berkas tidak didukung atau berkas bukan data peta.</translation>
    </message>
    <message>
        <source>%1: the file is damaged or cannot be read (%2).</source>
        <translation>%1: berkas rusak atau tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>%1: the file holds no layers.</source>
        <translation>%1: berkas tidak berisi lapisan.</translation>
    </message>
    <message>
        <source>%1: the Shapefile has no .prj file, so its coordinate reference system is unknown.</source>
        <translation>%1: Shapefile tidak memiliki berkas .prj, sehingga sistem referensi koordinatnya tidak diketahui.</translation>
    </message>
    <message>
        <source>%1: more than one column could hold the longitude or the latitude (%2), so no points are made from them; keep one and rename the others.</source>
        <translation>%1: lebih dari satu kolom bisa berisi bujur atau lintang (%2), sehingga tidak ada titik yang dibuat darinya; pertahankan satu dan ganti nama yang lain.</translation>
    </message>
</context>
<context>
    <name>pilar::DemoProject</name>
    <message>
        <source>%1: cannot write the demo project.</source>
        <translation>%1: proyek demo tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Purbalingga Regency (demo)</source>
        <translation>Kabupaten Purbalingga (demo)</translation>
    </message>
    <message>
        <source>The embedded demo data cannot be read.</source>
        <translation>Data demo bawaan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Desa/Kelurahan</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kabupaten Purbalingga</source>
        <translation>Kabupaten Purbalingga</translation>
    </message>
    <message>
        <source>Programme sites (sample)</source>
        <translation>Lokasi program (sampel)</translation>
    </message>
    <message>
        <source>ICT assets (sample)</source>
        <translation>Aset TIK (sampel)</translation>
    </message>
    <message>
        <source>Smart City Master Plan, Kabupaten Purbalingga</source>
        <translation>Masterplan Smart City Kabupaten Purbalingga</translation>
    </message>
</context>
<context>
    <name>pilar::FieldActions</name>
    <message>
        <source>Review Conflicts</source>
        <translation>Tinjau Konflik</translation>
    </message>
    <message>
        <source>Changes to Send</source>
        <translation>Perubahan untuk Dikirim</translation>
    </message>
    <message>
        <source>Decision recorded in the audit log.</source>
        <translation>Keputusan dicatat di log audit.</translation>
    </message>
    <message>
        <source>Check &amp;Out Field Package…</source>
        <translation>Check-&amp;out Paket Lapangan…</translation>
    </message>
    <message>
        <source>Check &amp;In Field Package…</source>
        <translation>Check-&amp;in Paket Lapangan…</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Tinjau Konflik</translation>
    </message>
    <message>
        <source>I&amp;nspect Selected Asset…</source>
        <translation>&amp;Periksa Aset Terpilih…</translation>
    </message>
    <message>
        <source>Select an asset in the Master Plan panel first, or use Inspect Asset on the Map.</source>
        <translation>Pilih aset di panel Masterplan dulu, atau gunakan Periksa Aset di Peta.</translation>
    </message>
    <message>
        <source>Inspect Asset on the &amp;Map</source>
        <translation>Periksa Aset di &amp;Peta</translation>
    </message>
    <message>
        <source>&amp;Changes to Send</source>
        <translation>Perubahan untuk &amp;Dikirim</translation>
    </message>
    <message>
        <source>&amp;Export Change File…</source>
        <translation>&amp;Ekspor Berkas Perubahan…</translation>
    </message>
    <message>
        <source>Check Out</source>
        <translation>Check-out</translation>
    </message>
    <message>
        <source>Field package written: %1 (%2 programmes, %3 assets, %4 MB). Copy it to the laptop and open it there.</source>
        <translation>Paket lapangan ditulis: %1 (%2 program, %3 aset, %4 MB). Salin ke laptop dan buka di sana.</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Export Change File</source>
        <translation>Ekspor Berkas Perubahan</translation>
    </message>
    <message>
        <source>Pilar change file (*.pilarchanges)</source>
        <translation>Berkas perubahan Pilar (*.pilarchanges)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1. Check it in at the office.</source>
        <translation>
            <numerusform>%n perubahan ditulis ke %1. Lakukan check-in di kantor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspect Asset</source>
        <translation>Periksa Aset</translation>
    </message>
    <message numerus="yes">
        <source>Inspection of %1 saved (%n photo(s)).</source>
        <translation>
            <numerusform>Pemeriksaan %1 disimpan (%n foto).</numerusform>
        </translation>
    </message>
    <message>
        <source>Click on the map where you stand, next to the asset you inspect.</source>
        <translation>Klik di peta tempat Anda berdiri, di dekat aset yang diperiksa.</translation>
    </message>
    <message>
        <source>No asset near the place you clicked; zoom in and click next to the asset.</source>
        <translation>Tidak ada aset di dekat tempat yang diklik; perbesar peta dan klik di dekat aset.</translation>
    </message>
    <message>
        <source>Several assets are here. Which one do you inspect?</source>
        <translation>Ada beberapa aset di sini. Aset mana yang diperiksa?</translation>
    </message>
    <message>
        <source>Re&amp;fresh Field Package…</source>
        <translation>&amp;Perbarui Paket Lapangan…</translation>
    </message>
    <message>
        <source>Refresh Field Package</source>
        <translation>Perbarui Paket Lapangan</translation>
    </message>
    <message>
        <source>Field package (*.gpkg)</source>
        <translation>Paket lapangan (*.gpkg)</translation>
    </message>
    <message>
        <source>Refreshing the field package…</source>
        <translation>Memperbarui paket lapangan…</translation>
    </message>
    <message>
        <source>%1 now holds the office&apos;s current plan for %2; it can go back to the field.</source>
        <translation>%1 kini berisi masterplan terkini dari kantor untuk %2; paket dapat dibawa kembali ke lapangan.</translation>
    </message>
    <message>
        <source>Open the office project first, then check in %1 (Field → Check In).</source>
        <translation>Buka proyek kantor dulu, lalu lakukan check-in %1 (Lapangan → Check-in).</translation>
    </message>
</context>
<context>
    <name>pilar::FieldChanges</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 tidak ada atau bukan berkas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (truncated or corrupted) and cannot be used.</source>
        <translation>%1 rusak (terpotong atau korup) dan tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>%1 is not a Pilar field package (it has no check-out record).</source>
        <translation>%1 bukan paket lapangan Pilar (tidak ada catatan check-out).</translation>
    </message>
    <message>
        <source>%1 is damaged: the table %2 or its check-out copy is missing.</source>
        <translation>%1 rusak: tabel %2 atau salinan check-out-nya hilang.</translation>
    </message>
    <message>
        <source>%1: the changes could not be read: %2</source>
        <translation>%1: perubahan tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Only a field package can write its change file.</source>
        <translation>Hanya paket lapangan yang dapat menulis berkas perubahannya.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1 is not a Pilar change file.</source>
        <translation>%1 bukan berkas perubahan Pilar.</translation>
    </message>
    <message>
        <source>%1 is truncated or damaged and cannot be used.</source>
        <translation>%1 terpotong atau rusak dan tidak dapat dipakai.</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not say which package it comes from.</source>
        <translation>%1 rusak: tidak disebutkan dari paket mana asalnya.</translation>
    </message>
    <message>
        <source>this project has never checked out a field package</source>
        <translation>proyek ini belum pernah mengeluarkan paket lapangan</translation>
    </message>
    <message>
        <source>its checksum does not match: it was changed after it was written, or it was signed by another project</source>
        <translation>checksum-nya tidak cocok: berkas diubah setelah ditulis, atau ditandatangani oleh proyek lain</translation>
    </message>
    <message>
        <source>it was not signed by this project</source>
        <translation>paket tidak ditandatangani oleh proyek ini</translation>
    </message>
    <message>
        <source>its checksum does not match: the copy taken at check-out was changed</source>
        <translation>checksum-nya tidak cocok: salinan saat check-out telah diubah</translation>
    </message>
</context>
<context>
    <name>pilar::FieldCommands</name>
    <message>
        <source>added</source>
        <translation>ditambah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>Writes a field package: the chosen kecamatan&apos;s part of the plan, its assets and the map, to take to a laptop without network.</source>
        <translation>Menulis paket lapangan: bagian masterplan kecamatan terpilih, asetnya dan peta, untuk dibawa ke laptop tanpa jaringan.</translation>
    </message>
    <message>
        <source>The office project.</source>
        <translation>Proyek kantor.</translation>
    </message>
    <message>
        <source>Kecamatan codes, comma-separated (e.g. 33.03.05).</source>
        <translation>Kode kecamatan, dipisah koma (mis. 33.03.05).</translation>
    </message>
    <message>
        <source>The package to write (.gpkg).</source>
        <translation>Paket yang akan ditulis (.gpkg).</translation>
    </message>
    <message>
        <source>The field officer&apos;s name (default: your user name).</source>
        <translation>Nama petugas lapangan (bawaan: nama pengguna Anda).</translation>
    </message>
    <message>
        <source>The laptop&apos;s name (default: this computer&apos;s).</source>
        <translation>Nama laptop (bawaan: nama komputer ini).</translation>
    </message>
    <message>
        <source>Re-check-out this package (after its changes were checked in).</source>
        <translation>Perbarui paket ini (setelah perubahannya di-check-in).</translation>
    </message>
    <message>
        <source>checkout needs exactly one PROJECT (see pilar-cli checkout --help).</source>
        <translation>checkout memerlukan tepat satu PROYEK (lihat pilar-cli checkout --help).</translation>
    </message>
    <message>
        <source>checkout needs --out PACKAGE.gpkg.</source>
        <translation>checkout memerlukan --out PAKET.gpkg.</translation>
    </message>
    <message>
        <source>checkout needs --kecamatan CODE[,CODE...].</source>
        <translation>checkout memerlukan --kecamatan KODE[,KODE...].</translation>
    </message>
    <message>
        <source>%1 written for %2 (%3): kecamatan %4, %5 programmes, %6 assets, %7 rows in all, %8 kB.</source>
        <translation>%1 ditulis untuk %2 (%3): kecamatan %4, %5 program, %6 aset, %7 baris seluruhnya, %8 kB.</translation>
    </message>
    <message>
        <source>Merges a field package, or its change file, into the office project. Changes to different fields merge; the same field changed on both sides waits in the conflict list.</source>
        <translation>Menggabungkan paket lapangan, atau berkas perubahannya, ke proyek kantor. Perubahan pada kolom berbeda digabung; kolom yang sama diubah di kedua sisi menunggu di daftar konflik.</translation>
    </message>
    <message>
        <source>The field package (.gpkg) or its change file.</source>
        <translation>Paket lapangan (.gpkg) atau berkas perubahannya.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Keluaran JSON yang dapat dibaca mesin.</translation>
    </message>
    <message>
        <source>checkin needs PROJECT and PACKAGE (see pilar-cli checkin --help).</source>
        <translation>checkin memerlukan PROYEK dan PAKET (lihat pilar-cli checkin --help).</translation>
    </message>
    <message>
        <source>These changes from %1 (%2) were checked in before; nothing changed.</source>
        <translation>Perubahan dari %1 (%2) ini sudah pernah di-check-in; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Lists the check-in conflicts waiting for review, or resolves one.</source>
        <translation>Menampilkan konflik check-in yang menunggu ditinjau, atau menyelesaikan satu konflik.</translation>
    </message>
    <message>
        <source>Also list the resolved ones.</source>
        <translation>Tampilkan juga yang sudah diselesaikan.</translation>
    </message>
    <message>
        <source>The conflict to resolve (its id, or a unique beginning of it).</source>
        <translation>Konflik yang akan diselesaikan (id-nya, atau awal id yang unik).</translation>
    </message>
    <message>
        <source>office, field, or value (with --value).</source>
        <translation>office, field, atau value (dengan --value).</translation>
    </message>
    <message>
        <source>The value to keep instead of either side&apos;s.</source>
        <translation>Nilai yang disimpan sebagai ganti nilai kedua sisi.</translation>
    </message>
    <message>
        <source>conflicts needs exactly one PROJECT (see pilar-cli conflicts --help).</source>
        <translation>conflicts memerlukan tepat satu PROYEK (lihat pilar-cli conflicts --help).</translation>
    </message>
    <message>
        <source>%1 is not a Pilar project.</source>
        <translation>%1 bukan proyek Pilar.</translation>
    </message>
    <message>
        <source>--take must be office, field or value.</source>
        <translation>--take harus office, field atau value.</translation>
    </message>
    <message>
        <source>--take value needs --value TEXT.</source>
        <translation>--take value memerlukan --value TEKS.</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>Tidak ada konflik %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 matches %n conflicts; give more of the id.</source>
        <translation>
            <numerusform>%1 cocok dengan %n konflik; berikan id yang lebih panjang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict %1 resolved: %2 kept.</source>
        <translation>Konflik %1 diselesaikan: %2 dipertahankan.</translation>
    </message>
    <message>
        <source>No conflicts wait for review.</source>
        <translation>Tidak ada konflik yang menunggu ditinjau.</translation>
    </message>
    <message>
        <source>          office: %1 | field: %2 | at check-out: %3
</source>
        <translation>          kantor: %1 | lapangan: %2 | saat check-out: %3
</translation>
    </message>
    <message>
        <source>          resolved by %1: %2
</source>
        <translation>          diselesaikan oleh %1: %2
</translation>
    </message>
    <message>
        <source>Lists what a field package will send back; with --out writes its change file (for a USB stick).</source>
        <translation>Menampilkan apa yang akan dikirim balik oleh paket lapangan; dengan --out menulis berkas perubahannya (untuk flashdisk).</translation>
    </message>
    <message>
        <source>The field package.</source>
        <translation>Paket lapangan.</translation>
    </message>
    <message>
        <source>The change file to write.</source>
        <translation>Berkas perubahan yang akan ditulis.</translation>
    </message>
    <message>
        <source>changes needs exactly one PACKAGE (see pilar-cli changes --help).</source>
        <translation>changes memerlukan tepat satu PAKET (lihat pilar-cli changes --help).</translation>
    </message>
    <message numerus="yes">
        <source>Field package of %1 (%2), checked out %3 for kecamatan %4: %n change(s) to send back.</source>
        <translation>
            <numerusform>Paket lapangan %1 (%2), check-out %3 untuk kecamatan %4: %n perubahan untuk dikirim balik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change file written: %1</source>
        <translation>Berkas perubahan ditulis: %1</translation>
    </message>
    <message>
        <source>Checked in from %1 (%2): %3 added, %4 changed (%5 fields), %6 deleted, %7 already here; %8</source>
        <translation>Check-in dari %1 (%2): %3 ditambah, %4 diubah (%5 kolom), %6 dihapus, %7 sudah ada; %8</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for review.</source>
        <translation>
            <numerusform>%n konflik menunggu ditinjau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::FieldModeBanner</name>
    <message>
        <source>Changes to Send…</source>
        <translation>Perubahan untuk Dikirim…</translation>
    </message>
    <message>
        <source>Export Change File…</source>
        <translation>Ekspor Berkas Perubahan…</translation>
    </message>
    <message>
        <source>Write the changes to a small file to carry to the office (e.g. on a USB stick).</source>
        <translation>Tulis perubahan ke berkas kecil untuk dibawa ke kantor (mis. dengan flashdisk).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field package&lt;/b&gt; for %1 — %2 on %3, checked out %4.</source>
        <translation>&lt;b&gt;Paket lapangan&lt;/b&gt; untuk %1 — %2 di %3, check-out %4.</translation>
    </message>
    <message>
        <source>No changes to send back yet.</source>
        <translation>Belum ada perubahan untuk dikirim.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send back to the office.</source>
        <translation>
            <numerusform>%n perubahan untuk dikirim ke kantor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::FieldPackage</name>
    <message>
        <source>The layer %1 (%2) could not be copied into the package: %3</source>
        <translation>Lapisan %1 (%2) tidak dapat disalin ke paket: %3</translation>
    </message>
    <message>
        <source>%1 is not a Pilar project.</source>
        <translation>%1 bukan proyek Pilar.</translation>
    </message>
    <message>
        <source>%1 is a field package; check out from the office project.</source>
        <translation>%1 adalah paket lapangan; lakukan check-out dari proyek kantor.</translation>
    </message>
    <message>
        <source>%1 holds changes that were not checked in yet. Check it in first; refreshing would lose them.</source>
        <translation>%1 berisi perubahan yang belum di-check-in. Lakukan check-in dulu; memperbarui paket akan menghilangkannya.</translation>
    </message>
    <message>
        <source>Choose at least one kecamatan for the field package.</source>
        <translation>Pilih paling sedikit satu kecamatan untuk paket lapangan.</translation>
    </message>
    <message>
        <source>Say where to write the field package.</source>
        <translation>Tentukan di mana paket lapangan ditulis.</translation>
    </message>
    <message>
        <source>%1 uses project format %2; open it in this Pilar once to upgrade it, then check out.</source>
        <translation>%1 memakai format proyek %2; buka sekali di Pilar ini untuk memperbaruinya, lalu lakukan check-out.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown kecamatan code(s) %1; this project has %2.</source>
        <translation>
            <numerusform>Kode kecamatan tidak dikenal: %1; proyek ini memiliki %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>no kecamatan boundaries</source>
        <translation>tidak ada batas kecamatan</translation>
    </message>
    <message>
        <source>%1 could not be prepared for check-out: %2</source>
        <translation>%1 tidak dapat disiapkan untuk check-out: %2</translation>
    </message>
    <message>
        <source>Copying the project</source>
        <translation>Menyalin proyek</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Keeping the chosen area</source>
        <translation>Menyisakan wilayah terpilih</translation>
    </message>
    <message>
        <source>Copying the map layers</source>
        <translation>Menyalin lapisan peta</translation>
    </message>
    <message>
        <source>%1 could not be written (the folder refused the file).</source>
        <translation>%1 tidak dapat ditulis (folder menolak berkas).</translation>
    </message>
    <message>
        <source>Your role on %1 is viewer; checking out a field package needs an editor&apos;s role.</source>
        <translation>Peran Anda di %1 adalah pengamat; check-out paket lapangan memerlukan peran penyunting.</translation>
    </message>
</context>
<context>
    <name>pilar::GpsReceiver</name>
    <message>
        <source>The GPS receiver %1 gave no position in time; try again under open sky.</source>
        <translation>Penerima GPS %1 tidak memberi posisi tepat waktu; coba lagi di tempat terbuka.</translation>
    </message>
    <message>
        <source>The GPS receiver %1 cannot be read.</source>
        <translation>Penerima GPS %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>No GPS receiver is attached. Plug one in, or type the position or pick it on the map.</source>
        <translation>Tidak ada penerima GPS terpasang. Pasang satu, atau ketik posisi atau pilih di peta.</translation>
    </message>
</context>
<context>
    <name>pilar::GuideBrowser</name>
    <message>
        <source>Pilar User Guide</source>
        <translation>Panduan Pengguna Pilar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Daftar Isi</translation>
    </message>
</context>
<context>
    <name>pilar::IdentifyPanel</name>
    <message>
        <source>Feature / field</source>
        <translation>Fitur / kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Nothing found here.</source>
        <translation>Tidak ada apa pun di sini.</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Fitur %1</translation>
    </message>
</context>
<context>
    <name>pilar::ImportDialog</name>
    <message>
        <source>Import into the Master Plan</source>
        <translation>Impor ke Masterplan</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>ICT assets</source>
        <translation>Aset TIK</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Check the rows before importing: every problem is listed here, row by row.</source>
        <translation>Periksa baris sebelum mengimpor: setiap masalah dicantumkan di sini, baris demi baris.</translation>
    </message>
    <message>
        <source>Check Rows</source>
        <translation>Periksa Baris</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Baris-baris pertama berkas:</translation>
    </message>
    <message>
        <source>Which column fills which field (* required):</source>
        <translation>Kolom mana mengisi isian mana (* wajib):</translation>
    </message>
    <message>
        <source>Spreadsheets and map data (*.csv *.xlsx *.ods *.gpkg *.geojson *.shp *.kml);;All files (*)</source>
        <translation>Lembar kerja dan data peta (*.csv *.xlsx *.ods *.gpkg *.geojson *.shp *.kml);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Pilih berkas terlebih dahulu.</translation>
    </message>
    <message>
        <source>All rows can be imported.</source>
        <translation>Semua baris dapat diimpor.</translation>
    </message>
    <message>
        <source>Realisations (e-Monev: one row per indicator per quarter)</source>
        <translation>Realisasi (e-Monev: satu baris per indikator per triwulan)</translation>
    </message>
    <message>
        <source>A different value for a quarter already reported replaces it</source>
        <translation>Nilai berbeda untuk triwulan yang sudah dilaporkan menggantikannya</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
</context>
<context>
    <name>pilar::IndicatorDialog</name>
    <message>
        <source>Indicators of %1</source>
        <translation>Indikator %1</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Makin tinggi makin baik</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Makin rendah makin baik</translation>
    </message>
    <message>
        <source>Its share in the programme&apos;s progress; equal weights by default, 0 leaves it out</source>
        <translation>Bobotnya dalam kemajuan program; bawaan sama rata, 0 mengecualikannya</translation>
    </message>
    <message>
        <source>Leave a cell empty where there is no target; kecamatan rows are optional</source>
        <translation>Kosongkan sel yang tidak bertarget; baris kecamatan tidak wajib</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Tahun baseline</translation>
    </message>
    <message>
        <source>Baseline and targets (the regency, then each kecamatan):</source>
        <translation>Baseline dan target (kabupaten, lalu tiap kecamatan):</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Indikator baru</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>Whole regency</source>
        <translation>Seluruh kabupaten</translation>
    </message>
</context>
<context>
    <name>pilar::IndicatorHistoryWidget</name>
    <message>
        <source>Open Attachment</source>
        <translation>Buka Lampiran</translation>
    </message>
    <message>
        <source>Indicator / date</source>
        <translation>Indikator / tanggal</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Achieved %</source>
        <translation>Capaian %</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>%1 (%2): baseline %3 in %4, target %5 by %6%7</source>
        <translation>%1 (%2): baseline %3 pada %4, target %5 pada %6%7</translation>
    </message>
    <message>
        <source>, lower is better</source>
        <translation>, makin rendah makin baik</translation>
    </message>
    <message>
        <source>Per kecamatan</source>
        <translation>Per kecamatan</translation>
    </message>
    <message>
        <source>whole regency</source>
        <translation>seluruh kabupaten</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n nilai</numerusform>
        </translation>
    </message>
    <message>
        <source>This value has no attachment.</source>
        <translation>Nilai ini tidak memiliki lampiran.</translation>
    </message>
    <message>
        <source>%1: cannot write the attachment (%2).</source>
        <translation>%1: lampiran tidak dapat ditulis (%2).</translation>
    </message>
</context>
<context>
    <name>pilar::InspectionDialog</name>
    <message>
        <source>Record where I stand</source>
        <translation>Catat posisi saya</translation>
    </message>
    <message>
        <source>From GPS</source>
        <translation>Dari GPS</translation>
    </message>
    <message>
        <source>Inspect Asset — %1</source>
        <translation>Periksa Aset — %1</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>Aset:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Tanggal dan jam:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Petugas:</translation>
    </message>
    <message>
        <source>Condition found:</source>
        <translation>Kondisi ditemukan:</translation>
    </message>
    <message>
        <source>What was seen, what needs repair…</source>
        <translation>Apa yang terlihat, apa yang perlu diperbaiki…</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Add Photo…</source>
        <translation>Tambah Foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Lon </source>
        <translation>Bujur </translation>
    </message>
    <message>
        <source>Lat </source>
        <translation>Lintang </translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Posisi:</translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation>Tambah Foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic);;All files (*)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.heic);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Waiting for the GPS receiver…</source>
        <translation>Menunggu penerima GPS…</translation>
    </message>
    <message>
        <source>(± %1 m)</source>
        <translation>(± %1 m)</translation>
    </message>
    <message>
        <source>Position from the GPS receiver.</source>
        <translation>Posisi dari penerima GPS.</translation>
    </message>
    <message>
        <source>Position picked on the map.</source>
        <translation>Posisi dipilih di peta.</translation>
    </message>
    <message>
        <source>Position typed.</source>
        <translation>Posisi diketik.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 lebih besar dari %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>pilar::LayerLoader</name>
    <message>
        <source>%1: layer &quot;%2&quot; has no features.</source>
        <translation>%1: lapisan &quot;%2&quot; tidak memiliki fitur.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) of layer &quot;%2&quot; were skipped because their coordinates are impossible for the layer&apos;s CRS.</source>
        <translation>
            <numerusform>%1: %n fitur pada lapisan &quot;%2&quot; dilewati karena koordinatnya mustahil untuk SRK lapisan tersebut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) of layer &quot;%2&quot; have no geometry or an invalid one; they are listed in the attribute table but not drawn.</source>
        <translation>
            <numerusform>%1: %n fitur pada lapisan &quot;%2&quot; tidak memiliki geometri atau geometrinya tidak sah; fitur itu tercantum di tabel atribut tetapi tidak digambar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the raster has no georeferencing (no world file or coordinates), so it cannot be placed on the map.</source>
        <translation>%1: raster tidak memiliki georeferensi (tanpa world file atau koordinat), sehingga tidak dapat ditempatkan di peta.</translation>
    </message>
    <message>
        <source>%1: no coordinate columns were found (a WKT column, or lon/lat or x/y columns).</source>
        <translation>%1: kolom koordinat tidak ditemukan (kolom WKT, atau kolom lon/lat atau x/y).</translation>
    </message>
    <message>
        <source>%1: table &quot;%2&quot; has no geometry and is not shown on the map.</source>
        <translation>%1: tabel &quot;%2&quot; tidak memiliki geometri dan tidak ditampilkan di peta.</translation>
    </message>
    <message>
        <source>%1: there is no layer named &quot;%2&quot;.</source>
        <translation>%1: tidak ada lapisan bernama &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: the file holds no layers that can be shown.</source>
        <translation>%1: berkas tidak berisi lapisan yang dapat ditampilkan.</translation>
    </message>
    <message>
        <source>All map data (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.fgb *.gpx *.csv *.tif *.tiff *.mbtiles);;GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson *.json);;KML/KMZ (*.kml *.kmz);;FlatGeobuf (*.fgb);;GPX (*.gpx);;CSV (*.csv);;GeoTIFF (*.tif *.tiff);;MBTiles (*.mbtiles);;All files (*)</source>
        <translation>Semua data peta (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.fgb *.gpx *.csv *.tif *.tiff *.mbtiles);;GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson *.json);;KML/KMZ (*.kml *.kmz);;FlatGeobuf (*.fgb);;GPX (*.gpx);;CSV (*.csv);;GeoTIFF (*.tif *.tiff);;MBTiles (*.mbtiles);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>pilar::LayerPanel</name>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Perbesar ke Lapisan</translation>
    </message>
    <message>
        <source>&amp;Attribute Table</source>
        <translation>Tabel &amp;Atribut</translation>
    </message>
    <message>
        <source>&amp;Style and Properties…</source>
        <translation>&amp;Gaya dan Properti…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Hapus Lapisan</translation>
    </message>
</context>
<context>
    <name>pilar::LayerPropertiesDialog</name>
    <message>
        <source>Layer Properties — %1</source>
        <translation>Properti Lapisan — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opasitas</translation>
    </message>
    <message>
        <source>CRS</source>
        <translation>SRK</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fitur</translation>
    </message>
</context>
<context>
    <name>pilar::LayerTreeModel</name>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>CRS: %1</source>
        <translation>SRK: %1</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Fitur: %1</translation>
    </message>
</context>
<context>
    <name>pilar::MainWindow</name>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 tersimpan</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>Proyek &amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Buka Proyek…</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Buka Proyek</translation>
    </message>
    <message>
        <source>Pilar project (*.gpkg)</source>
        <translation>Proyek Pilar (*.gpkg)</translation>
    </message>
    <message>
        <source>Open the Purbalingga &amp;Demo</source>
        <translation>Buka &amp;Demo Purbalingga</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan &amp;Sebagai…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Add Layer…</source>
        <translation>&amp;Tambah Lapisan…</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Tambah Lapisan</translation>
    </message>
    <message>
        <source>Attribute &amp;Table</source>
        <translation>Tabel &amp;Atribut</translation>
    </message>
    <message>
        <source>&amp;Style and Properties…</source>
        <translation>&amp;Gaya dan Properti…</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Hapus Lapisan</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Perbesar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Per&amp;kecil</translation>
    </message>
    <message>
        <source>Zoom to &amp;Full Extent</source>
        <translation>Tampilkan &amp;Seluruh Peta</translation>
    </message>
    <message>
        <source>Zoom to &amp;Layer</source>
        <translation>Perbesar ke &amp;Lapisan</translation>
    </message>
    <message>
        <source>&amp;Previous View</source>
        <translation>Tampilan &amp;Sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>Tampilan Beri&amp;kutnya</translation>
    </message>
    <message>
        <source>Project &amp;CRS…</source>
        <translation>&amp;SRK Proyek…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>The new language takes effect when Pilar is started again.</source>
        <translation>Bahasa baru berlaku saat Pilar dijalankan kembali.</translation>
    </message>
    <message>
        <source>&amp;About Pilar</source>
        <translation>&amp;Tentang Pilar</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyek</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terakhir</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Lapisan</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Geser</translation>
    </message>
    <message>
        <source>&amp;Zoom Box</source>
        <translation>&amp;Kotak Perbesar</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>&amp;Identifikasi Fitur</translation>
    </message>
    <message>
        <source>Measure &amp;Distance</source>
        <translation>Ukur &amp;Jarak</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>Ukur &amp;Luas</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>P&amp;eta</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Pe&amp;ngaturan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Hasil Identifikasi</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <source>Choose a vector layer in the Layers panel to see its attribute table.</source>
        <translation>Pilih lapisan vektor di panel Lapisan untuk melihat tabel atributnya.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Simpan Proyek Sebagai</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Proyek &quot;%1&quot; memiliki perubahan yang belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>F&amp;ield</source>
        <translation>&amp;Lapangan</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Panduan Pengguna</translation>
    </message>
    <message>
        <source>&amp;Welcome Screen…</source>
        <translation>&amp;Layar Sambutan…</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Proyek Baru</translation>
    </message>
    <message>
        <source>Your role in this project is viewer: you can look at everything, and changes are refused. An administrator can give you another role.</source>
        <translation>Peran Anda di proyek ini adalah pengamat: Anda dapat melihat semuanya, dan perubahan ditolak. Administrator dapat memberi Anda peran lain.</translation>
    </message>
    <message>
        <source>Another planner changed the master plan on the server; what you see is up to date.</source>
        <translation>Perencana lain mengubah masterplan di server; yang Anda lihat sudah mutakhir.</translation>
    </message>
    <message>
        <source>Open from the Office &amp;Server…</source>
        <translation>Buka dari &amp;Server Kantor…</translation>
    </message>
    <message>
        <source>office server %1</source>
        <translation>server kantor %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>pilar::MapCanvas</name>
    <message>
        <source>Area %1, perimeter %2</source>
        <translation>Luas %1, keliling %2</translation>
    </message>
    <message>
        <source>Distance %1</source>
        <translation>Jarak %1</translation>
    </message>
</context>
<context>
    <name>pilar::MapDecorations</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north arrow letter</comment>
        <translation>U</translation>
    </message>
</context>
<context>
    <name>pilar::MapImageExport</name>
    <message>
        <source>The image size must be between 1x1 and 30000x30000 pixels.</source>
        <translation>Ukuran citra harus antara 1x1 dan 30000x30000 piksel.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; has no coordinate reference system; its coordinates suggest %3. Give it with --source-crs (for example --source-crs %4).</source>
        <translation>%1: lapisan &quot;%2&quot; tidak memiliki sistem referensi koordinat; koordinatnya mengarah ke %3. Berikan dengan --source-crs (misalnya --source-crs %4).</translation>
    </message>
    <message>
        <source>%1: layer &quot;%2&quot; has no coordinate reference system; give it with --source-crs.</source>
        <translation>%1: lapisan &quot;%2&quot; tidak memiliki sistem referensi koordinat; berikan dengan --source-crs.</translation>
    </message>
    <message>
        <source>%1: there is nothing to draw (no layer has a usable extent).</source>
        <translation>%1: tidak ada yang dapat digambar (tidak ada lapisan dengan cakupan yang dapat dipakai).</translation>
    </message>
    <message>
        <source>%1: unsupported image format &quot;%2&quot; (use .png, .jpg or .tif).</source>
        <translation>%1: format citra &quot;%2&quot; tidak didukung (gunakan .png, .jpg atau .tif).</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: berkas tidak dapat ditulis (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the image (%2).</source>
        <translation>%1: citra tidak dapat ditulis (%2).</translation>
    </message>
</context>
<context>
    <name>pilar::MapStatusBar</name>
    <message>
        <source>Cursor position in the project&apos;s CRS</source>
        <translation>Posisi kursor dalam SRK proyek</translation>
    </message>
    <message>
        <source>Cursor position as latitude and longitude (WGS 84)</source>
        <translation>Posisi kursor sebagai lintang dan bujur (WGS 84)</translation>
    </message>
    <message>
        <source>Map scale; type a value such as 1:25000 and press Enter</source>
        <translation>Skala peta; ketik nilai seperti 1:25000 lalu tekan Enter</translation>
    </message>
    <message>
        <source>The project&apos;s coordinate reference system; click to change</source>
        <translation>Sistem referensi koordinat proyek; klik untuk mengganti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Add &amp;Programme…</source>
        <translation>Tambah &amp;Program…</translation>
    </message>
    <message>
        <source>Add &amp;Asset…</source>
        <translation>Tambah &amp;Aset…</translation>
    </message>
    <message>
        <source>Place Asset on the &amp;Map</source>
        <translation>Tempatkan Aset di &amp;Peta</translation>
    </message>
    <message>
        <source>Pi&amp;llars…</source>
        <translation>&amp;Pilar…</translation>
    </message>
    <message>
        <source>&amp;Import Programmes or Assets…</source>
        <translation>&amp;Impor Program atau Aset…</translation>
    </message>
    <message>
        <source>&amp;Export Assets…</source>
        <translation>&amp;Ekspor Aset…</translation>
    </message>
    <message>
        <source>Export Pro&amp;grammes…</source>
        <translation>Ekspor Pro&amp;gram…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n baris ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Master Plan</source>
        <translation>Masterplan</translation>
    </message>
    <message>
        <source>Click on the map where the programme takes place.</source>
        <translation>Klik di peta tempat program dilaksanakan.</translation>
    </message>
    <message>
        <source>Click the points on the map; double-click to finish.</source>
        <translation>Klik titik-titik di peta; klik ganda untuk selesai.</translation>
    </message>
    <message>
        <source>Click the route&apos;s points on the map; double-click to finish.</source>
        <translation>Klik titik-titik jalur di peta; klik ganda untuk selesai.</translation>
    </message>
    <message>
        <source>Click on the map where the asset is.</source>
        <translation>Klik di peta tempat aset berada.</translation>
    </message>
    <message>
        <source>Programmes here</source>
        <translation>Program di sini</translation>
    </message>
    <message>
        <source>ICT assets here</source>
        <translation>Aset TIK di sini</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>&amp;OPD List…</source>
        <translation>Daftar &amp;OPD…</translation>
    </message>
    <message>
        <source>Pa&amp;rtners…</source>
        <translation>&amp;Mitra…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Enter &amp;Realisation…</source>
        <translation>Isi &amp;Realisasi…</translation>
    </message>
    <message>
        <source>&amp;Reports (Print, PDF)…</source>
        <translation>&amp;Laporan (Cetak, PDF)…</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Program %1</translation>
    </message>
    <message>
        <source>Asset %1</source>
        <translation>Aset %1</translation>
    </message>
    <message>
        <source>Their version was kept; yours was not saved.</source>
        <translation>Versi mereka dipertahankan; versi Anda tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanController</name>
    <message>
        <source>Save the project first: the master plan lives in the project file.</source>
        <translation>Simpan proyek terlebih dahulu: masterplan disimpan di dalam berkas proyek.</translation>
    </message>
    <message>
        <source>Edit programme %1</source>
        <translation>Sunting program %1</translation>
    </message>
    <message>
        <source>Add programme %1</source>
        <translation>Tambah program %1</translation>
    </message>
    <message>
        <source>Edit asset %1</source>
        <translation>Sunting aset %1</translation>
    </message>
    <message>
        <source>Add asset %1</source>
        <translation>Tambah aset %1</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>Program sudah tidak ada.</translation>
    </message>
    <message>
        <source>Delete programme %1</source>
        <translation>Hapus program %1</translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation>Aset sudah tidak ada.</translation>
    </message>
    <message>
        <source>Delete asset %1</source>
        <translation>Hapus aset %1</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 on %n asset(s)</source>
        <translation>
            <numerusform>Ubah %1 pada %n aset</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the pillars</source>
        <translation>Sunting pilar</translation>
    </message>
    <message>
        <source>A pillar needs a code and an Indonesian name.</source>
        <translation>Pilar memerlukan kode dan nama dalam bahasa Indonesia.</translation>
    </message>
    <message>
        <source>Every row needs a code and a name.</source>
        <translation>Setiap baris memerlukan kode dan nama.</translation>
    </message>
    <message>
        <source>Edit the OPD list</source>
        <translation>Sunting daftar OPD</translation>
    </message>
    <message>
        <source>Edit the partner list</source>
        <translation>Sunting daftar mitra</translation>
    </message>
    <message>
        <source>Enter a realisation</source>
        <translation>Isi realisasi</translation>
    </message>
    <message>
        <source>Every indicator needs a name.</source>
        <translation>Setiap indikator memerlukan nama.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; cannot be negative.</source>
        <translation>Bobot &quot;%1&quot; tidak boleh negatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one yearly target.</source>
        <translation>&quot;%1&quot; memerlukan paling sedikit satu target tahunan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has reported values and cannot be removed; set its weight to 0 to leave it out.</source>
        <translation>&quot;%1&quot; sudah memiliki nilai yang dilaporkan dan tidak dapat dihapus; atur bobotnya menjadi 0 untuk mengecualikannya.</translation>
    </message>
    <message>
        <source>Edit the indicators</source>
        <translation>Ubah indikator</translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanDock</name>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>Find by name or code</source>
        <translation>Cari menurut nama atau kode</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Any condition</source>
        <translation>Semua kondisi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Dipasang</translation>
    </message>
    <message>
        <source>Place on Map</source>
        <translation>Tempatkan di Peta</translation>
    </message>
    <message>
        <source>Set Condition…</source>
        <translation>Ubah Kondisi…</translation>
    </message>
    <message>
        <source>Click on the map to place the selected asset, or a new one when none is selected</source>
        <translation>Klik di peta untuk menempatkan aset terpilih, atau aset baru bila tidak ada yang dipilih</translation>
    </message>
    <message>
        <source>Set the condition of all selected assets at once</source>
        <translation>Ubah kondisi semua aset terpilih sekaligus</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>ICT Assets</source>
        <translation>Aset TIK</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Semua pilar</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahapan</translation>
    </message>
    <message>
        <source>All OPD</source>
        <translation>Semua OPD</translation>
    </message>
    <message>
        <source>Whole regency</source>
        <translation>Seluruh kabupaten</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Data sampel</translation>
    </message>
    <message>
        <source>Includes SAMPLE data.</source>
        <translation>Termasuk data SAMPEL.</translation>
    </message>
    <message>
        <source>Set Condition</source>
        <translation>Ubah Kondisi</translation>
    </message>
    <message numerus="yes">
        <source>Condition of the %n selected asset(s):</source>
        <translation>
            <numerusform>Kondisi %n aset terpilih:</numerusform>
        </translation>
    </message>
    <message>
        <source>Site on Map</source>
        <translation>Lokasi di Peta</translation>
    </message>
    <message>
        <source>Draw the selected programme&apos;s site on the map</source>
        <translation>Gambar lokasi program terpilih di peta</translation>
    </message>
    <message>
        <source>A point (click once)</source>
        <translation>Titik (klik sekali)</translation>
    </message>
    <message>
        <source>A line (click the points, double-click to finish)</source>
        <translation>Garis (klik titik-titiknya, klik ganda untuk selesai)</translation>
    </message>
    <message>
        <source>An area (click the corners, double-click to finish)</source>
        <translation>Area (klik sudut-sudutnya, klik ganda untuk selesai)</translation>
    </message>
    <message>
        <source>Colour by pillar</source>
        <translation>Warnai menurut pilar</translation>
    </message>
    <message>
        <source>Colour by stage</source>
        <translation>Warnai menurut tahapan</translation>
    </message>
    <message>
        <source>Colour by kind</source>
        <translation>Warnai menurut sifat</translation>
    </message>
    <message>
        <source>Colour by type</source>
        <translation>Warnai menurut jenis</translation>
    </message>
    <message>
        <source>Colour by condition</source>
        <translation>Warnai menurut kondisi</translation>
    </message>
    <message>
        <source>Colour by OPD</source>
        <translation>Warnai menurut OPD</translation>
    </message>
    <message>
        <source>Colour the kecamatan or desa by achievement of the plan or by coverage of an asset type, at the dashboard&apos;s date (the year slider&apos;s last report)</source>
        <translation>Warnai kecamatan atau desa menurut capaian rencana atau cakupan suatu jenis aset, pada tanggal dasbor (laporan terakhir tahun pada penggeser tahun)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Achievement per kecamatan</source>
        <translation>Capaian per kecamatan</translation>
    </message>
    <message>
        <source>Desa with %1, per kecamatan</source>
        <translation>Desa dengan %1, per kecamatan</translation>
    </message>
    <message>
        <source>%1 per desa</source>
        <translation>%1 per desa</translation>
    </message>
    <message>
        <source>Progress map</source>
        <translation>Peta kemajuan</translation>
    </message>
    <message>
        <source>Colour by progress</source>
        <translation>Warna menurut kemajuan</translation>
    </message>
    <message>
        <source>%1, %2; %3.</source>
        <translation>%1, %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n program</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asset(s)</source>
        <translation>
            <numerusform>%n aset</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanExport</name>
    <message>
        <source>%1: choose .csv, .xlsx, .geojson or .gpkg as the export format.</source>
        <translation>%1: pilih .csv, .xlsx, .geojson atau .gpkg sebagai format ekspor.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: berkas tidak dapat ditulis (%2).</translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanImport</name>
    <message>
        <source>%1 new, %2 updated.</source>
        <translation>%1 baru, %2 diperbarui.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) cannot be used.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %n baris tidak dapat dipakai.</numerusform>
        </translation>
    </message>
    <message>
        <source>  row %1 (%2): %3</source>
        <translation>  baris %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: there is no table to import (layer &quot;%2&quot;).</source>
        <translation>%1: tidak ada tabel untuk diimpor (lapisan &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1: the columns for %2 are missing (the file has: %3).</source>
        <translation>%1: kolom untuk %2 tidak ada (berkas berisi: %3).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>the coordinates &quot;%1, %2&quot; are not numbers</source>
        <translation>koordinat &quot;%1, %2&quot; bukan angka</translation>
    </message>
    <message>
        <source>the code %1 already appears in row %2 of this file</source>
        <translation>kode %1 sudah muncul di baris %2 berkas ini</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>the type is empty</source>
        <translation>jenisnya kosong</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>program</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2021-03-15)</source>
        <translation>&quot;%1&quot; bukan tanggal (gunakan 2021-03-15)</translation>
    </message>
    <message>
        <source>pillar</source>
        <translation>pilar</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>tahapan</translation>
    </message>
    <message>
        <source>sub-element</source>
        <translation>subelemen</translation>
    </message>
    <message>
        <source>unknown partner &quot;%1&quot;</source>
        <translation>mitra &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>the budget &quot;%1&quot; is not a number of Rupiah</source>
        <translation>anggaran &quot;%1&quot; bukan angka Rupiah</translation>
    </message>
    <message>
        <source>the year &quot;%1&quot; is not a number</source>
        <translation>tahun &quot;%1&quot; bukan angka</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 already there.</source>
        <translation>%1 baru, %2 diperbarui, %3 sudah ada.</translation>
    </message>
    <message>
        <source>The first row must hold the column names: remove any title rows above them.</source>
        <translation>Baris pertama harus berisi nama kolom: hapus baris judul di atasnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>%n baris kosong dilewati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more row(s) that cannot be used.</source>
        <translation>
            <numerusform>  … dan %n baris lain yang tidak dapat dipakai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sub-element</source>
        <translation>Subelemen</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Budget (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Tahun mulai</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Tahun selesai</translation>
    </message>
    <message>
        <source>Kecamatan codes</source>
        <translation>Kode kecamatan</translation>
    </message>
    <message>
        <source>Desa codes</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Asset type</source>
        <translation>Jenis aset</translation>
    </message>
    <message>
        <source>Installation date</source>
        <translation>Tanggal pemasangan</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kecamatan code</source>
        <translation>Kode kecamatan</translation>
    </message>
    <message>
        <source>Desa code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2</source>
        <translation>&quot;%1&quot; bukan nilai yang sah untuk %2</translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanOverlay</name>
    <message>
        <source>Save the project first: the master plan lives in the project file.</source>
        <translation>Simpan proyek terlebih dahulu: masterplan disimpan di dalam berkas proyek.</translation>
    </message>
    <message>
        <source>ICT assets</source>
        <translation>Aset TIK</translation>
    </message>
    <message>
        <source>Programme sites</source>
        <translation>Lokasi program</translation>
    </message>
    <message>
        <source>Not inspected</source>
        <translation>Belum diperiksa</translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanStore</name>
    <message>
        <source>%1: file not found.</source>
        <translation>%1: berkas tidak ditemukan.</translation>
    </message>
    <message>
        <source>%1 holds no master plan (open and save it in Pilar first).</source>
        <translation>%1 tidak berisi masterplan (buka dan simpan dulu di Pilar).</translation>
    </message>
    <message>
        <source>The programme code is required.</source>
        <translation>Kode program wajib diisi.</translation>
    </message>
    <message>
        <source>The programme name is required.</source>
        <translation>Nama program wajib diisi.</translation>
    </message>
    <message>
        <source>Choose the programme&apos;s pillar.</source>
        <translation>Pilih pilar program.</translation>
    </message>
    <message>
        <source>The sub-element does not belong to the chosen pillar.</source>
        <translation>Subelemen tidak termasuk dalam pilar yang dipilih.</translation>
    </message>
    <message>
        <source>Say whether the programme strengthens what exists (diperkuat) or adds what is missing (ditambahkan).</source>
        <translation>Tentukan apakah program memperkuat yang sudah ada (diperkuat) atau menambahkan yang belum ada (ditambahkan).</translation>
    </message>
    <message>
        <source>Unknown horizon &quot;%1&quot;.</source>
        <translation>Horizon &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown funding source &quot;%1&quot;.</source>
        <translation>Sumber dana &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>The responsible OPD does not exist.</source>
        <translation>OPD penanggung jawab tidak ada.</translation>
    </message>
    <message>
        <source>A partner of the programme does not exist.</source>
        <translation>Salah satu mitra program tidak ada.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Anggaran tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Choose the programme&apos;s stage.</source>
        <translation>Pilih tahapan program.</translation>
    </message>
    <message>
        <source>The start year %1 is after the end year %2.</source>
        <translation>Tahun mulai %1 lebih akhir daripada tahun selesai %2.</translation>
    </message>
    <message>
        <source>The years %1–%2 lie outside the stage %3 (%4–%5).</source>
        <translation>Tahun %1–%2 berada di luar %3 (%4–%5).</translation>
    </message>
    <message>
        <source>The programme&apos;s site is not a valid geometry.</source>
        <translation>Lokasi program bukan geometri yang sah.</translation>
    </message>
    <message>
        <source>The programme&apos;s site lies far outside Kabupaten Purbalingga.</source>
        <translation>Lokasi program berada jauh di luar Kabupaten Purbalingga.</translation>
    </message>
    <message>
        <source>Another programme already has the code %1.</source>
        <translation>Kode %1 sudah dipakai program lain.</translation>
    </message>
    <message>
        <source>The asset code is required.</source>
        <translation>Kode aset wajib diisi.</translation>
    </message>
    <message>
        <source>The asset name is required.</source>
        <translation>Nama aset wajib diisi.</translation>
    </message>
    <message>
        <source>Unknown asset type &quot;%1&quot;.</source>
        <translation>Jenis aset &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown condition &quot;%1&quot; (use baik, rusak_ringan or rusak_berat).</source>
        <translation>Kondisi &quot;%1&quot; tidak dikenal (gunakan baik, rusak_ringan atau rusak_berat).</translation>
    </message>
    <message>
        <source>The owner OPD does not exist.</source>
        <translation>OPD pemilik tidak ada.</translation>
    </message>
    <message>
        <source>The programme this asset serves does not exist.</source>
        <translation>Program yang dilayani aset ini tidak ada.</translation>
    </message>
    <message>
        <source>Place the asset on the map (a point, or a line for a fibre route).</source>
        <translation>Tempatkan aset di peta (titik, atau garis untuk jalur fiber optik).</translation>
    </message>
    <message>
        <source>The asset&apos;s location is not a valid geometry.</source>
        <translation>Lokasi aset bukan geometri yang sah.</translation>
    </message>
    <message>
        <source>An asset is a point or a line, not a %1.</source>
        <translation>Aset berupa titik atau garis, bukan %1.</translation>
    </message>
    <message>
        <source>The asset lies far outside Kabupaten Purbalingga.</source>
        <translation>Aset berada jauh di luar Kabupaten Purbalingga.</translation>
    </message>
    <message>
        <source>Another asset already has the code %1.</source>
        <translation>Kode %1 sudah dipakai aset lain.</translation>
    </message>
    <message>
        <source>A pillar needs a code and an Indonesian name.</source>
        <translation>Pilar memerlukan kode dan nama dalam bahasa Indonesia.</translation>
    </message>
    <message>
        <source>Every activity needs a name.</source>
        <translation>Setiap kegiatan memerlukan nama.</translation>
    </message>
    <message>
        <source>The budget of activity &quot;%1&quot; cannot be negative.</source>
        <translation>Anggaran kegiatan &quot;%1&quot; tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot; starts after it ends.</source>
        <translation>Kegiatan &quot;%1&quot; dimulai setelah selesai.</translation>
    </message>
    <message>
        <source>Activity &quot;%1&quot; lies outside the programme&apos;s years %2–%3.</source>
        <translation>Kegiatan &quot;%1&quot; berada di luar tahun program %2–%3.</translation>
    </message>
    <message>
        <source>The pillar still has programmes; move them to another pillar first.</source>
        <translation>Pilar masih memiliki program; pindahkan dulu program itu ke pilar lain.</translation>
    </message>
    <message>
        <source>An OPD needs a code and a name.</source>
        <translation>OPD memerlukan kode dan nama.</translation>
    </message>
    <message>
        <source>A partner needs a code and a name.</source>
        <translation>Mitra memerlukan kode dan nama.</translation>
    </message>
    <message>
        <source>The OPD is still responsible for programmes or assets.</source>
        <translation>OPD masih bertanggung jawab atas program atau aset.</translation>
    </message>
    <message>
        <source>The partner still takes part in programmes.</source>
        <translation>Mitra masih terlibat dalam program.</translation>
    </message>
    <message>
        <source>An indicator needs a name, an existing programme and a weight of 0 or more.</source>
        <translation>Indikator memerlukan nama, program yang ada, dan bobot 0 atau lebih.</translation>
    </message>
    <message>
        <source>A realisation needs an existing indicator and a date.</source>
        <translation>Realisasi memerlukan indikator yang ada dan tanggal.</translation>
    </message>
    <message>
        <source>A budget realisation needs an existing programme and amounts of 0 or more.</source>
        <translation>Realisasi anggaran memerlukan program yang ada dan nilai 0 atau lebih.</translation>
    </message>
    <message>
        <source>The thresholds must satisfy 0 &lt; at risk &lt; on track ≤ 100.</source>
        <translation>Ambang harus memenuhi 0 &lt; berisiko &lt; sesuai rencana ≤ 100.</translation>
    </message>
    <message>
        <source>The attachment %1 is larger than %2 MB; attach a smaller photo or a compressed PDF.</source>
        <translation>Lampiran %1 lebih besar dari %2 MB; lampirkan foto yang lebih kecil atau PDF yang dikompresi.</translation>
    </message>
    <message>
        <source>This indicator has reported values; it cannot be removed (set its weight to 0 to leave it out).</source>
        <translation>Indikator ini sudah memiliki nilai yang dilaporkan; tidak dapat dihapus (atur bobotnya menjadi 0 untuk mengecualikannya).</translation>
    </message>
    <message>
        <source>An inspection needs an existing asset.</source>
        <translation>Pemeriksaan memerlukan aset yang ada.</translation>
    </message>
    <message>
        <source>An inspection needs a date.</source>
        <translation>Pemeriksaan memerlukan tanggal.</translation>
    </message>
    <message>
        <source>Name the officer who inspected the asset.</source>
        <translation>Sebutkan petugas yang memeriksa aset.</translation>
    </message>
    <message>
        <source>Choose the condition found.</source>
        <translation>Pilih kondisi yang ditemukan.</translation>
    </message>
    <message>
        <source>The position %1, %2 is not a longitude and latitude.</source>
        <translation>Posisi %1, %2 bukan bujur dan lintang.</translation>
    </message>
    <message>
        <source>The photo %1 is larger than %2 MB.</source>
        <translation>Foto %1 lebih besar dari %2 MB.</translation>
    </message>
    <message>
        <source>%1 holds no master plan (publish one with pilar-cli push first).</source>
        <translation>%1 tidak berisi masterplan (terbitkan dulu dengan pilar-cli push).</translation>
    </message>
    <message>
        <source>%1: theirs &quot;%2&quot;, yours &quot;%3&quot;</source>
        <translation>%1: milik mereka &quot;%2&quot;, milik Anda &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>orang lain</translation>
    </message>
    <message>
        <source>Programme %1 was changed by %2 after you opened it; your save was not written, so nothing is lost. Their version and yours:
%3</source>
        <translation>Program %1 diubah oleh %2 setelah Anda membukanya; simpanan Anda tidak ditulis, jadi tidak ada yang hilang. Versi mereka dan versi Anda:
%3</translation>
    </message>
    <message>
        <source>(the same values)</source>
        <translation>(nilainya sama)</translation>
    </message>
    <message>
        <source>Your role on the server may change only the programmes of your own OPD; programme %1 belongs to another.</source>
        <translation>Peran Anda di server hanya boleh mengubah program OPD Anda sendiri; program %1 milik OPD lain.</translation>
    </message>
    <message>
        <source>Someone else removed programme %1 while you edited it.</source>
        <translation>Orang lain menghapus program %1 saat Anda menyuntingnya.</translation>
    </message>
    <message>
        <source>Your role on the server may change only the assets of your own OPD; asset %1 belongs to another.</source>
        <translation>Peran Anda di server hanya boleh mengubah aset OPD Anda sendiri; aset %1 milik OPD lain.</translation>
    </message>
    <message>
        <source>Someone else removed asset %1 while you edited it.</source>
        <translation>Orang lain menghapus aset %1 saat Anda menyuntingnya.</translation>
    </message>
    <message>
        <source>Someone else changed this value (%1 on %2) after you opened it; it is now %3. Yours, %4, was not saved.</source>
        <translation>Orang lain mengubah nilai ini (%1 pada %2) setelah Anda membukanya; sekarang %3. Nilai Anda, %4, tidak disimpan.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Dipasang</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Asset %1 was changed by %2 after you opened it; your save was not written, so nothing is lost. Their version and yours:
%3</source>
        <translation>Aset %1 diubah oleh %2 setelah Anda membukanya; simpanan Anda tidak ditulis, jadi tidak ada yang hilang. Versi mereka dan versi Anda:
%3</translation>
    </message>
</context>
<context>
    <name>pilar::MasterPlanVocabulary</name>
    <message>
        <source>CCTV</source>
        <translation>CCTV</translation>
    </message>
    <message>
        <source>Public WiFi hotspot</source>
        <translation>Hotspot WiFi publik</translation>
    </message>
    <message>
        <source>Fibre-optic route</source>
        <translation>Jalur fiber optik</translation>
    </message>
    <message>
        <source>Tower / BTS</source>
        <translation>Menara / BTS</translation>
    </message>
    <message>
        <source>Server room</source>
        <translation>Ruang server</translation>
    </message>
    <message>
        <source>Public-service kiosk</source>
        <translation>Anjungan layanan publik</translation>
    </message>
    <message>
        <source>Smart street light</source>
        <translation>Penerangan jalan pintar</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikasi</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Lightly damaged</source>
        <translation>Rusak ringan</translation>
    </message>
    <message>
        <source>Heavily damaged</source>
        <translation>Rusak berat</translation>
    </message>
    <message>
        <source>Quick win (1 year)</source>
        <translation>Quick win (1 tahun)</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Jangka pendek</translation>
    </message>
    <message>
        <source>Medium term (5 years)</source>
        <translation>Jangka menengah (5 tahun)</translation>
    </message>
    <message>
        <source>Long term (10 years)</source>
        <translation>Jangka panjang (10 tahun)</translation>
    </message>
    <message>
        <source>Strengthens what exists</source>
        <translation>Diperkuat (memperkuat yang sudah ada)</translation>
    </message>
    <message>
        <source>Adds what is missing</source>
        <translation>Ditambahkan (menambah yang belum ada)</translation>
    </message>
    <message>
        <source>APBD Kabupaten</source>
        <translation>APBD Kabupaten</translation>
    </message>
    <message>
        <source>APBD Provinsi</source>
        <translation>APBD Provinsi</translation>
    </message>
    <message>
        <source>APBN</source>
        <translation>APBN</translation>
    </message>
    <message>
        <source>Partner / CSR</source>
        <translation>Mitra / CSR</translation>
    </message>
</context>
<context>
    <name>pilar::Measurement</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1 ha</source>
        <translation>%1 ha</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
</context>
<context>
    <name>pilar::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>pilar::PasswordKeyring</name>
    <message>
        <source>This Pilar was built without keyring support.</source>
        <translation>Pilar ini dibangun tanpa dukungan gantungan kunci sistem.</translation>
    </message>
</context>
<context>
    <name>pilar::PendingChangesPanel</name>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Nothing to send back yet.</source>
        <translation>Belum ada yang akan dikirim.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will go back to the office at check-in.</source>
        <translation>
            <numerusform>%n perubahan akan kembali ke kantor saat check-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::PillarDialog</name>
    <message>
        <source>Pillars of the Master Plan</source>
        <translation>Pilar Masterplan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name (Indonesian)</source>
        <translation>Nama (Indonesia)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nama (Inggris)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Add Pillar</source>
        <translation>Tambah Pilar</translation>
    </message>
    <message>
        <source>Pillars are the plan&apos;s dimensions. Double-click a colour to change it.</source>
        <translation>Pilar adalah dimensi rencana. Klik ganda sebuah warna untuk mengubahnya.</translation>
    </message>
    <message>
        <source>Pillar Colour</source>
        <translation>Warna Pilar</translation>
    </message>
</context>
<context>
    <name>pilar::PngWriter</name>
    <message>
        <source>the image is empty</source>
        <translation>gambarnya kosong</translation>
    </message>
</context>
<context>
    <name>pilar::PostgresDatabase</name>
    <message>
        <source>out of memory</source>
        <translation>memori habis</translation>
    </message>
    <message>
        <source>%1: cannot connect to the server (%2)</source>
        <translation>%1: tidak dapat terhubung ke server (%2)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>tidak terhubung</translation>
    </message>
    <message>
        <source>%1: your role on the server does not allow this change (%2)</source>
        <translation>%1: peran Anda di server tidak mengizinkan perubahan ini (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>the server could not be changed</source>
        <translation>server tidak dapat diubah</translation>
    </message>
    <message>
        <source>the server could not run a query</source>
        <translation>server tidak dapat menjalankan kueri</translation>
    </message>
    <message>
        <source>the server could not be read</source>
        <translation>server tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>pilar::ProgrammeDialog</name>
    <message>
        <source>New Programme</source>
        <translation>Program Baru</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Program %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(belum diisi)</translation>
    </message>
    <message>
        <source>Rupiah, e.g. 1.500.000.000</source>
        <translation>Rupiah, mis. 1.500.000.000</translation>
    </message>
    <message>
        <source>kecamatan codes, e.g. 33.03.05, 33.03.04 (empty = whole regency)</source>
        <translation>kode kecamatan, mis. 33.03.05, 33.03.04 (kosong = seluruh kabupaten)</translation>
    </message>
    <message>
        <source>optional site as WKT in lon/lat, e.g. POINT (109.3634 -7.3886)</source>
        <translation>lokasi opsional sebagai WKT bujur/lintang, mis. POINT (109.3634 -7.3886)</translation>
    </message>
    <message>
        <source>Code *</source>
        <translation>Kode *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nama *</translation>
    </message>
    <message>
        <source>Pillar *</source>
        <translation>Pilar *</translation>
    </message>
    <message>
        <source>Sub-element</source>
        <translation>Subelemen</translation>
    </message>
    <message>
        <source>Stage *</source>
        <translation>Tahapan *</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>Sifat *</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Responsible OPD</source>
        <translation>OPD penanggung jawab</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Budget (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Tahun mulai</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Tahun selesai</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Activity (kegiatan)</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>Tambah Kegiatan</translation>
    </message>
    <message>
        <source>Remove Activity</source>
        <translation>Hapus Kegiatan</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>As of %1: achieved %2 % of the year&apos;s target, %3 % planned by then — %4.</source>
        <translation>Per %1: tercapai %2 % dari target tahun itu, %3 % direncanakan hingga saat itu — %4.</translation>
    </message>
    <message>
        <source>Indicators and Progress</source>
        <translation>Indikator dan Kemajuan</translation>
    </message>
    <message>
        <source>Edit Indicators and Targets…</source>
        <translation>Ubah Indikator dan Target…</translation>
    </message>
</context>
<context>
    <name>pilar::ProgressCharts</name>
    <message>
        <source>planned by the date</source>
        <translation>rencana hingga tanggal itu</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>rencana</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prakiraan</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>realisasi</translation>
    </message>
</context>
<context>
    <name>pilar::ProgressMap</name>
    <message>
        <source>below 25 %</source>
        <translation>di bawah 25 %</translation>
    </message>
    <message>
        <source>25 – 50 %</source>
        <translation>25 – 50 %</translation>
    </message>
    <message>
        <source>50 – 75 %</source>
        <translation>50 – 75 %</translation>
    </message>
    <message>
        <source>75 – 100 %</source>
        <translation>75 – 100 %</translation>
    </message>
    <message>
        <source>target met (≥ 100 %)</source>
        <translation>target tercapai (≥ 100 %)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>tanpa data</translation>
    </message>
    <message>
        <source>no desa covered</source>
        <translation>belum ada desa terlayani</translation>
    </message>
    <message>
        <source>up to 25 % of desa</source>
        <translation>hingga 25 % desa</translation>
    </message>
    <message>
        <source>25 – 50 % of desa</source>
        <translation>25 – 50 % desa</translation>
    </message>
    <message>
        <source>50 – 75 % of desa</source>
        <translation>50 – 75 % desa</translation>
    </message>
    <message>
        <source>75 – 100 % of desa</source>
        <translation>75 – 100 % desa</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2 – 3</source>
        <translation>2 – 3</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 atau lebih</translation>
    </message>
    <message>
        <source>%1: the project has no desa boundaries (a table &quot;desa&quot; with a &quot;code&quot; field).</source>
        <translation>%1: proyek tidak memiliki batas desa (tabel &quot;desa&quot; dengan kolom &quot;code&quot;).</translation>
    </message>
    <message>
        <source>%1: the project has no kecamatan boundaries (a table &quot;kecamatan&quot; with a &quot;code&quot; field).</source>
        <translation>%1: proyek tidak memiliki batas kecamatan (tabel &quot;kecamatan&quot; dengan kolom &quot;code&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an asset type.</source>
        <translation>&quot;%1&quot; bukan jenis aset.</translation>
    </message>
    <message>
        <source>Achievement per kecamatan, %1</source>
        <translation>Capaian per kecamatan, %1</translation>
    </message>
    <message>
        <source>Desa with %1 per kecamatan, %2</source>
        <translation>Desa dengan %1 per kecamatan, %2</translation>
    </message>
    <message>
        <source>%1 per desa, %2</source>
        <translation>%1 per desa, %2</translation>
    </message>
</context>
<context>
    <name>pilar::ProgressReport</name>
    <message>
        <source>on track</source>
        <translation>sesuai rencana</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>berisiko</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>tertinggal</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>tanpa data</translation>
    </message>
    <message>
        <source>Progress at %1 (on track ≥ %2 % of plan, at risk ≥ %3 %)</source>
        <translation>Kemajuan per %1 (sesuai rencana ≥ %2 % dari rencana, berisiko ≥ %3 %)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Achieved %</source>
        <translation>Capaian %</translation>
    </message>
    <message>
        <source>Planned %</source>
        <translation>Rencana %</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Pillars without programmes: %1</source>
        <translation>Pilar tanpa program: %1</translation>
    </message>
    <message>
        <source>Kecamatan without programmes of their own: %1</source>
        <translation>Kecamatan tanpa program sendiri: %1</translation>
    </message>
</context>
<context>
    <name>pilar::ProgressReportDocument</name>
    <message>
        <source>Smart City Progress Report, as of %1</source>
        <translation>Laporan Kemajuan Smart City, per %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Achieved %</source>
        <translation>Capaian %</translation>
    </message>
    <message>
        <source>Planned %</source>
        <translation>Rencana %</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Sesuai</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Berisiko</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Tertinggal</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Tanpa data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SMART CITY PROGRESS REPORT
KABUPATEN PURBALINGGA</source>
        <translation>LAPORAN KEMAJUAN SMART CITY
KABUPATEN PURBALINGGA</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Keadaan per %1</translation>
    </message>
    <message>
        <source>This report measures the programmes of the smart-city master plan against their targets for %1. Of %2 programmes, %3 are on track, %4 at risk, %5 behind plan and %6 without reported values. A programme is on track when its achievement reaches %7 % of what was planned by this date, at risk from %8 %.</source>
        <translation>Laporan ini mengukur program masterplan smart city terhadap targetnya untuk tahun %1. Dari %2 program, %3 sesuai rencana, %4 berisiko, %5 tertinggal dari rencana dan %6 belum memiliki nilai yang dilaporkan. Program dinilai sesuai rencana bila capaiannya mencapai %7 % dari yang direncanakan hingga tanggal ini, berisiko mulai %8 %.</translation>
    </message>
    <message>
        <source>1. Achievement per pillar</source>
        <translation>1. Capaian per pilar</translation>
    </message>
    <message>
        <source>Achievement against plan (%)</source>
        <translation>Capaian terhadap rencana (%)</translation>
    </message>
    <message>
        <source>2. Achievement per stage</source>
        <translation>2. Capaian per tahapan</translation>
    </message>
    <message>
        <source>%1. Pillar %2 — %3 (%4)</source>
        <translation>%1. Pilar %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>Achievement %1 % against %2 % planned by the date: %3. Forecast for the end of %4: %5 % of the final target.</source>
        <translation>Capaian %1 % terhadap %2 % yang direncanakan hingga tanggal ini: %3. Prakiraan akhir %4: %5 % dari target akhir.</translation>
    </message>
    <message>
        <source>Planned and actual over time (% of the final target)</source>
        <translation>Rencana dan realisasi dari waktu ke waktu (% dari target akhir)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realisasi</translation>
    </message>
    <message>
        <source>Map of achievement per kecamatan</source>
        <translation>Peta capaian per kecamatan</translation>
    </message>
    <message>
        <source>%1. Achievement per kecamatan</source>
        <translation>%1. Capaian per kecamatan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>%1. Programmes behind plan</source>
        <translation>%1. Program yang tertinggal dari rencana</translation>
    </message>
    <message>
        <source>No programme is behind plan.</source>
        <translation>Tidak ada program yang tertinggal dari rencana.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Forecast %</source>
        <translation>Prakiraan %</translation>
    </message>
    <message>
        <source>%1. Strengthened and added</source>
        <translation>%1. Diperkuat dan ditambahkan</translation>
    </message>
    <message>
        <source>%1: %2 strengthened, %3 added</source>
        <translation>%1: %2 diperkuat, %3 ditambahkan</translation>
    </message>
    <message>
        <source>Pillars without any programme: %1.</source>
        <translation>Pilar tanpa program: %1.</translation>
    </message>
</context>
<context>
    <name>pilar::ProjectFile</name>
    <message>
        <source>GDAL has no GeoPackage driver.</source>
        <translation>GDAL tidak memiliki driver GeoPackage.</translation>
    </message>
    <message>
        <source>%1: cannot create the file (%2).</source>
        <translation>%1: berkas tidak dapat dibuat (%2).</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>Proyek tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>%1: cannot replace the file.</source>
        <translation>%1: berkas tidak dapat diganti.</translation>
    </message>
    <message>
        <source>%1: file not found.</source>
        <translation>%1: berkas tidak ditemukan.</translation>
    </message>
    <message>
        <source>%1: the project cannot be opened (%2).</source>
        <translation>%1: proyek tidak dapat dibuka (%2).</translation>
    </message>
    <message>
        <source>%1: the file is not a GeoPackage project or it is damaged.</source>
        <translation>%1: berkas bukan proyek GeoPackage atau berkas rusak.</translation>
    </message>
    <message>
        <source>%1: the file is not a GeoPackage.</source>
        <translation>%1: berkas bukan GeoPackage.</translation>
    </message>
    <message>
        <source>%1: the project settings cannot be read (%2).</source>
        <translation>%1: pengaturan proyek tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Pilar (project format %2; this version reads up to %3). Please update Pilar to open it.</source>
        <translation>%1 disimpan oleh versi Pilar yang lebih baru (format proyek %2; versi ini hanya membaca sampai %3). Perbarui Pilar untuk membukanya.</translation>
    </message>
    <message>
        <source>%1: the project&apos;s CRS is unknown; using %2.</source>
        <translation>%1: SRK proyek tidak diketahui; memakai %2.</translation>
    </message>
    <message>
        <source>%1: the project&apos;s layer list cannot be read (%2).</source>
        <translation>%1: daftar lapisan proyek tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; could not be loaded: %2</source>
        <translation>Lapisan &quot;%1&quot; tidak dapat dimuat: %2</translation>
    </message>
    <message>
        <source>%1 was upgraded to the current project format; the original is kept as %2.</source>
        <translation>%1 telah ditingkatkan ke format proyek terbaru; berkas aslinya disimpan sebagai %2.</translation>
    </message>
</context>
<context>
    <name>pilar::ProjectMigration</name>
    <message>
        <source>%1 is from an older version of Pilar and must be upgraded, but no backup copy could be written beside it (%2). Copy it to a folder you can write to and open it there.</source>
        <translation>%1 berasal dari versi Pilar yang lebih lama dan perlu ditingkatkan, tetapi salinan cadangan tidak dapat ditulis di sebelahnya (%2). Salin berkas ke folder yang dapat ditulisi lalu buka di sana.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to the current project format: %2. The file is unchanged.</source>
        <translation>%1 tidak dapat ditingkatkan ke format proyek terbaru: %2. Berkas tidak diubah.</translation>
    </message>
</context>
<context>
    <name>pilar::ProjectRecovery</name>
    <message>
        <source>%1: cannot create the folder.</source>
        <translation>%1: folder tidak dapat dibuat.</translation>
    </message>
</context>
<context>
    <name>pilar::ProjectRoles</name>
    <message>
        <source>viewer</source>
        <translation>pengamat</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>penyunting</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Only an administrator of this project can give roles; %1 is %2.</source>
        <translation>Hanya administrator proyek ini yang dapat memberi peran; %1 adalah %2.</translation>
    </message>
    <message>
        <source>A project keeps at least one administrator.</source>
        <translation>Proyek harus tetap memiliki paling sedikit satu administrator.</translation>
    </message>
</context>
<context>
    <name>pilar::ProjectSession</name>
    <message>
        <source>New project</source>
        <translation>Proyek baru</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; from %2 has no coordinate reference system. Its coordinates suggest %3; please confirm or choose another.</source>
        <translation>Lapisan &quot;%1&quot; dari %2 tidak memiliki sistem referensi koordinat. Koordinatnya mengarah ke %3; konfirmasi atau pilih yang lain.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; from %2 has no coordinate reference system. Please choose the one it was made in.</source>
        <translation>Lapisan &quot;%1&quot; dari %2 tidak memiliki sistem referensi koordinat. Pilih sistem yang dipakai saat data dibuat.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; was not added: it has no coordinate reference system.</source>
        <translation>Lapisan &quot;%1&quot; tidak ditambahkan: tidak memiliki sistem referensi koordinat.</translation>
    </message>
</context>
<context>
    <name>pilar::ProjectValidator</name>
    <message>
        <source>Project: %1
Format version: %2
Programmes: %3, assets: %4
</source>
        <translation>Proyek: %1
Versi format: %2
Program: %3, aset: %4
</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Tidak ditemukan masalah.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n masalah:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: file not found.</source>
        <translation>%1: berkas tidak ditemukan.</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage that GDAL can open (%2).</source>
        <translation>%1 bukan GeoPackage yang dapat dibuka GDAL (%2).</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>Basis data rusak: %1</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Pilar project.</source>
        <translation>%1 adalah GeoPackage tetapi bukan proyek Pilar.</translation>
    </message>
    <message>
        <source>The project format %1 is newer than this Pilar reads (%2).</source>
        <translation>Format proyek %1 lebih baru daripada yang dapat dibaca Pilar ini (%2).</translation>
    </message>
    <message>
        <source>The project format %1 is older than the current %2; open it in Pilar to upgrade it.</source>
        <translation>Format proyek %1 lebih lama daripada format terbaru %2; buka di Pilar untuk meningkatkannya.</translation>
    </message>
    <message>
        <source>The table is missing.</source>
        <translation>Tabel tidak ada.</translation>
    </message>
    <message>
        <source>The table is not registered in gpkg_contents, so GIS programs will not list it.</source>
        <translation>Tabel tidak terdaftar di gpkg_contents, sehingga program SIG tidak akan menampilkannya.</translation>
    </message>
    <message>
        <source>%1 refers to a row of %2 that does not exist.</source>
        <translation>%1 merujuk ke baris %2 yang tidak ada.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>The geometry is invalid (for example, it crosses itself).</source>
        <translation>Geometri tidak sah (misalnya memotong dirinya sendiri).</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s):</source>
        <translation>
            <numerusform>%n catatan:</numerusform>
        </translation>
    </message>
    <message>
        <source>belongs to a programme that was deleted; kept so the deletion can be undone, and left out of every figure.</source>
        <translation>milik program yang telah dihapus; disimpan agar penghapusan dapat dibatalkan, dan tidak dihitung dalam angka mana pun.</translation>
    </message>
    <message>
        <source>The audit log was altered outside Pilar: %1.</source>
        <translation>Log audit diubah di luar Pilar: %1.</translation>
    </message>
</context>
<context>
    <name>pilar::RasterLayerRenderer</name>
    <message>
        <source>Cannot read raster %1: %2</source>
        <translation>Raster %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Cannot reproject raster %1: %2</source>
        <translation>Raster %1 tidak dapat diproyeksikan ulang: %2</translation>
    </message>
</context>
<context>
    <name>pilar::RasterStyleEditor</name>
    <message>
        <source>Red, green, blue bands</source>
        <translation>Band merah, hijau, biru</translation>
    </message>
    <message>
        <source>Colour table</source>
        <translation>Tabel warna</translation>
    </message>
    <message>
        <source>One band with a colour ramp</source>
        <translation>Satu band dengan gradasi warna</translation>
    </message>
    <message>
        <source>Colouring</source>
        <translation>Pewarnaan</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Gradasi warna</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3, %4</source>
        <translation>%1 × %2 piksel, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n band(s)</source>
        <translation>
            <numerusform>%n band</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overview level(s)</source>
        <translation>
            <numerusform>%n tingkat overview</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pilar::RealisationDialog</name>
    <message>
        <source>Enter a Realisation</source>
        <translation>Isi Realisasi</translation>
    </message>
    <message>
        <source>e.g. e-Monev triwulan II 2023, SK, BAST</source>
        <translation>mis. e-Monev triwulan II 2023, SK, BAST</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Dokumen sumber</translation>
    </message>
    <message>
        <source>Same quarter</source>
        <translation>Triwulan yang sama</translation>
    </message>
    <message>
        <source>This indicator already has a value for this quarter. Add another one anyway?</source>
        <translation>Indikator ini sudah memiliki nilai untuk triwulan ini. Tetap tambahkan?</translation>
    </message>
    <message>
        <source>Whole regency</source>
        <translation>Seluruh kabupaten</translation>
    </message>
    <message>
        <source>none (a photo or a PDF, up to %1 MB)</source>
        <translation>tidak ada (foto atau PDF, hingga %1 MB)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Values reported so far:</source>
        <translation>Nilai yang sudah dilaporkan:</translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation>Lampirkan Berkas</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Foto dan dokumen (*.jpg *.jpeg *.png *.pdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; attach a smaller photo or a compressed PDF.</source>
        <translation>%1 lebih besar dari %2 MB; lampirkan foto yang lebih kecil atau PDF yang dikompresi.</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: berkas tidak dapat dibaca (%2).</translation>
    </message>
</context>
<context>
    <name>pilar::RealisationImport</name>
    <message>
        <source>No programme has the code &quot;%1&quot;.</source>
        <translation>Tidak ada program dengan kode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Programme %1 has no indicators.</source>
        <translation>Program %1 tidak memiliki indikator.</translation>
    </message>
    <message>
        <source>Programme %1 has no indicator &quot;%2&quot; (it has: %3).</source>
        <translation>Program %1 tidak memiliki indikator &quot;%2&quot; (yang ada: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2023-06-30 or 30/6/2023).</source>
        <translation>&quot;%1&quot; bukan tanggal (gunakan 2023-06-30 atau 30/6/2023).</translation>
    </message>
    <message>
        <source>Give the year and the quarter (1–4 or I–IV), or a date.</source>
        <translation>Isi tahun dan triwulan (1–4 atau I–IV), atau tanggal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; bukan angka.</translation>
    </message>
    <message>
        <source>e-Monev import: %1</source>
        <translation>Impor e-Monev: %1</translation>
    </message>
    <message>
        <source>The file reports this indicator twice for the same quarter.</source>
        <translation>Berkas melaporkan indikator ini dua kali untuk triwulan yang sama.</translation>
    </message>
    <message>
        <source>The project already has %1 for this quarter (from %2); import with &quot;replace&quot; to take the file&apos;s %3.</source>
        <translation>Proyek sudah memiliki %1 untuk triwulan ini (dari %2); impor dengan &quot;ganti&quot; untuk memakai %3 dari berkas.</translation>
    </message>
</context>
<context>
    <name>pilar::RealisationRules</name>
    <message>
        <source>Choose the indicator.</source>
        <translation>Pilih indikatornya.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Tanggal belum diisi.</translation>
    </message>
    <message>
        <source>The date %1 lies outside the plan (%2–%3).</source>
        <translation>Tanggal %1 berada di luar rencana (%2–%3).</translation>
    </message>
    <message>
        <source>A realised value cannot be negative.</source>
        <translation>Nilai realisasi tidak boleh negatif.</translation>
    </message>
    <message>
        <source>A percentage cannot exceed 100.</source>
        <translation>Persentase tidak boleh melebihi 100.</translation>
    </message>
    <message>
        <source>The regency has no kecamatan with the code %1.</source>
        <translation>Kabupaten tidak memiliki kecamatan dengan kode %1.</translation>
    </message>
    <message>
        <source>Name the source document, so the value can be checked later.</source>
        <translation>Sebutkan dokumen sumbernya, agar nilai dapat diperiksa kemudian.</translation>
    </message>
</context>
<context>
    <name>pilar::RecoveryKeeper</name>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Pulihkan Perubahan yang Belum Disimpan</translation>
    </message>
    <message>
        <source>Pilar did not close properly while &quot;%1&quot; had unsaved changes to its map (layers, styles, view). They were kept at %2. Restore them?</source>
        <translation>Pilar tidak ditutup dengan benar saat &quot;%1&quot; memiliki perubahan peta yang belum disimpan (lapisan, gaya, tampilan). Perubahan itu disimpan sementara pada %2. Pulihkan?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>pilar::ReportDialog</name>
    <message>
        <source>Landscape</source>
        <translation>Melintang</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Smart-city progress report (Laporan Kemajuan)</source>
        <translation>Laporan Kemajuan Smart City</translation>
    </message>
    <message>
        <source>Kecamatan atlas (a page per kecamatan)</source>
        <translation>Atlas kecamatan (satu halaman per kecamatan)</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Semua pilar</translation>
    </message>
    <message>
        <source>progress-report.pdf</source>
        <translation>laporan-kemajuan.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Data per</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Berkas PDF</translation>
    </message>
    <message>
        <source>Letterhead and Signature…</source>
        <translation>Kop Surat dan Tanda Tangan…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspor PDF</translation>
    </message>
    <message>
        <source>kecamatan-atlas.pdf</source>
        <translation>atlas-kecamatan.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Tertulis: %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Menyiapkan laporan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Choose at least one kecamatan.</source>
        <translation>Pilih paling sedikit satu kecamatan.</translation>
    </message>
    <message>
        <source>ICT asset inventory (Daftar aset TIK)</source>
        <translation>Daftar aset TIK</translation>
    </message>
    <message>
        <source>ict-assets.pdf</source>
        <translation>daftar-aset-tik.pdf</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahapan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <source>Started by %1</source>
        <translation>Dimulai hingga %1</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
</context>
<context>
    <name>pilar::ReportMapFrame</name>
    <message>
        <source>Boundaries: cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN); codes and names: idn-area-data (ODbL 1.0).</source>
        <translation>Batas wilayah: cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN); kode dan nama wilayah: idn-area-data (ODbL 1.0).</translation>
    </message>
    <message>
        <source>Scale 1:%1 · %2</source>
        <translation>Skala 1:%1 · %2</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
</context>
<context>
    <name>pilar::ReportPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>pilar::ReportProject</name>
    <message>
        <source>The regency has no kecamatan with the code %1.</source>
        <translation>Kabupaten tidak memiliki kecamatan dengan kode %1.</translation>
    </message>
</context>
<context>
    <name>pilar::ReportSettings</name>
    <message>
        <source>The report settings could not be saved: %1</source>
        <translation>Pengaturan laporan tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>pilar::ReportSettingsDialog</name>
    <message>
        <source>Landscape</source>
        <translation>Melintang</translation>
    </message>
    <message>
        <source>Report Settings</source>
        <translation>Pengaturan Laporan</translation>
    </message>
    <message>
        <source>e.g. Jl. … No. …, Purbalingga · Telp. … · e-mail · website</source>
        <translation>mis. Jl. … No. …, Purbalingga · Telp. … · surel · situs web</translation>
    </message>
    <message>
        <source>empty: a line to sign on</source>
        <translation>kosong: garis untuk tanda tangan</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>kiri</translation>
    </message>
    <message>
        <source>top</source>
        <translation>atas</translation>
    </message>
    <message>
        <source>right</source>
        <translation>kanan</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>bawah</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Letterhead (kop surat)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kop surat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date line and signature&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tempat, tanggal dan tanda tangan&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paper&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kertas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>%1 is not an image Pilar can read (%2).</source>
        <translation>%1 bukan gambar yang dapat dibaca Pilar (%2).</translation>
    </message>
</context>
<context>
    <name>pilar::ReportWriter</name>
    <message>
        <source>%1: nothing to report (the selection is empty).</source>
        <translation>%1: tidak ada yang dilaporkan (pilihan kosong).</translation>
    </message>
    <message>
        <source>%1: cannot write the report (%2).</source>
        <translation>%1: laporan tidak dapat ditulis (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the report.</source>
        <translation>%1: laporan tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Pencetak tidak dapat digunakan.</translation>
    </message>
</context>
<context>
    <name>pilar::SampleMasterPlan</name>
    <message>
        <source>The sample master plan could not be written (%1): %2</source>
        <translation>Masterplan sampel tidak dapat ditulis (%1): %2</translation>
    </message>
</context>
<context>
    <name>pilar::SaveConflictDialog</name>
    <message>
        <source>Someone Else Saved First</source>
        <translation>Orang Lain Menyimpan Lebih Dulu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed by %2 after you opened it. Your version was not written, so nothing is lost: compare the two and choose which one to keep.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; diubah oleh %2 setelah Anda membukanya. Versi Anda belum ditulis, jadi tidak ada yang hilang: bandingkan keduanya dan pilih yang dipertahankan.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Theirs (saved)</source>
        <translation>Milik mereka (tersimpan)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Milik Anda (belum disimpan)</translation>
    </message>
    <message>
        <source>(the same values)</source>
        <translation>(nilainya sama)</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Pertahankan Milik Mereka</translation>
    </message>
    <message>
        <source>Save Mine over Theirs</source>
        <translation>Simpan Milik Saya</translation>
    </message>
    <message>
        <source>Writes your version; their changes to the fields listed are replaced (the audit log keeps both).</source>
        <translation>Menulis versi Anda; perubahan mereka pada isian yang tercantum diganti (log audit menyimpan keduanya).</translation>
    </message>
</context>
<context>
    <name>pilar::ServerCommands</name>
    <message>
        <source>Publishes a desktop project to an empty PostgreSQL/PostGIS database, so several desktops share one master plan: the plan, assets, progress, audit history, settings and the map layers kept inside the project.</source>
        <translation>Menerbitkan proyek desktop ke basis data PostgreSQL/PostGIS yang kosong, sehingga beberapa desktop berbagi satu masterplan: rencana, aset, kemajuan, riwayat audit, pengaturan, dan lapisan peta yang tersimpan di dalam proyek.</translation>
    </message>
    <message>
        <source>The desktop project (.gpkg).</source>
        <translation>Proyek desktop (.gpkg).</translation>
    </message>
    <message>
        <source>The database, e.g. PG:&quot;host=server dbname=masterplan user=admin&quot;.</source>
        <translation>Basis datanya, mis. PG:&quot;host=server dbname=masterplan user=admin&quot;.</translation>
    </message>
    <message>
        <source>push needs PROJECT.gpkg and a server PG:&quot;host=... dbname=...&quot; (see pilar-cli push --help).</source>
        <translation>push memerlukan PROYEK.gpkg dan server PG:&quot;host=... dbname=...&quot; (lihat pilar-cli push --help).</translation>
    </message>
    <message>
        <source>pilar-cli: the layer %1 is a file outside the project and stays on this desktop.</source>
        <translation>pilar-cli: lapisan %1 adalah berkas di luar proyek dan tetap di desktop ini.</translation>
    </message>
    <message>
        <source>Published %1 to %2: %3 rows of the plan, map layers %4.</source>
        <translation>%1 diterbitkan ke %2: %3 baris rencana, lapisan peta %4.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Writes a complete copy of a server project to a GeoPackage, which Pilar opens like any project.</source>
        <translation>Menulis salinan lengkap proyek server ke GeoPackage, yang dibuka Pilar seperti proyek lain.</translation>
    </message>
    <message>
        <source>The database, e.g. PG:&quot;host=server dbname=masterplan user=planner&quot;.</source>
        <translation>Basis datanya, mis. PG:&quot;host=server dbname=masterplan user=planner&quot;.</translation>
    </message>
    <message>
        <source>The GeoPackage to write.</source>
        <translation>GeoPackage yang akan ditulis.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Timpa KELUARAN bila sudah ada.</translation>
    </message>
    <message>
        <source>pull needs a server PG:&quot;host=... dbname=...&quot; and OUT.gpkg (see pilar-cli pull --help).</source>
        <translation>pull memerlukan server PG:&quot;host=... dbname=...&quot; dan KELUARAN.gpkg (lihat pilar-cli pull --help).</translation>
    </message>
    <message>
        <source>%1 exists; choose another name or add --overwrite.</source>
        <translation>%1 sudah ada; pilih nama lain atau tambahkan --overwrite.</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 rows of the plan, map layers %4.</source>
        <translation>%1 disalin ke %2: %3 baris rencana, lapisan peta %4.</translation>
    </message>
    <message>
        <source>Checks a server project: a copy is taken and checked as a project file is.</source>
        <translation>Memeriksa proyek server: salinannya diambil dan diperiksa seperti berkas proyek.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Keluaran JSON yang dapat dibaca mesin.</translation>
    </message>
    <message>
        <source>The server project, PG:&quot;host=... dbname=...&quot;.</source>
        <translation>Proyek server, PG:&quot;host=... dbname=...&quot;.</translation>
    </message>
    <message>
        <source>validate needs exactly one PROJECT (see pilar-cli validate --help).</source>
        <translation>validate memerlukan tepat satu PROYEK (lihat pilar-cli validate --help).</translation>
    </message>
    <message numerus="yes">
        <source>pilar-cli: %n problem(s) in %1</source>
        <translation>
            <numerusform>pilar-cli: %n masalah di %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists who may view, edit or administer a server project (PostgreSQL roles).</source>
        <translation>Menampilkan siapa yang boleh melihat, menyunting, atau mengelola proyek server (peran PostgreSQL).</translation>
    </message>
    <message>
        <source>Not on a server: roles there are PostgreSQL&apos;s.</source>
        <translation>Tidak di server: peran di sana adalah peran PostgreSQL.</translation>
    </message>
    <message>
        <source>roles needs exactly one PROJECT (see pilar-cli roles --help).</source>
        <translation>roles memerlukan tepat satu PROYEK (lihat pilar-cli roles --help).</translation>
    </message>
    <message>
        <source>On the office server, roles are PostgreSQL roles: the server&apos;s administrator gives one with GRANT pilar_viewer, pilar_editor or pilar_admin TO the planner&apos;s login.</source>
        <translation>Di server kantor, peran adalah peran PostgreSQL: administrator server memberikannya dengan GRANT pilar_viewer, pilar_editor atau pilar_admin TO login perencana.</translation>
    </message>
    <message>
        <source>No planner has a role yet; the administrator gives them with GRANT pilar_editor TO their login.</source>
        <translation>Belum ada perencana yang memiliki peran; administrator memberikannya dengan GRANT pilar_editor TO login mereka.</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>pengamat</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>penyunting</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>pilar::ServerConnectionDialog</name>
    <message>
        <source>Open from the Office Server</source>
        <translation>Buka dari Server Kantor</translation>
    </message>
    <message>
        <source>The master plan shared by the office lives in a PostgreSQL database. Ask the administrator for these details.</source>
        <translation>Masterplan bersama kantor tersimpan di basis data PostgreSQL. Tanyakan rincian ini kepada administrator.</translation>
    </message>
    <message>
        <source>used for this session only</source>
        <translation>hanya dipakai untuk sesi ini</translation>
    </message>
    <message>
        <source>e.g. server.dinkominfo.local</source>
        <translation>mis. server.dinkominfo.local</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Hubungkan</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Ingat kata sandi di gantungan kunci sistem</translation>
    </message>
    <message>
        <source>for this session, or kept in the keyring</source>
        <translation>untuk sesi ini, atau disimpan di gantungan kunci</translation>
    </message>
    <message>
        <source>The password was filled in from the system keyring.</source>
        <translation>Kata sandi diisi dari gantungan kunci sistem.</translation>
    </message>
    <message>
        <source>The system keyring refused the password: %1</source>
        <translation>Gantungan kunci sistem menolak kata sandi: %1</translation>
    </message>
</context>
<context>
    <name>pilar::ServerProject</name>
    <message>
        <source>%1 holds no Pilar project (publish one with pilar-cli push first).</source>
        <translation>%1 tidak berisi proyek Pilar (terbitkan dulu dengan pilar-cli push).</translation>
    </message>
    <message>
        <source>%1: the project settings cannot be read (%2).</source>
        <translation>%1: pengaturan proyek tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>%1 holds a project of format %2; this Pilar reads format %3. Publish it again with this version.</source>
        <translation>%1 berisi proyek format %2; Pilar ini membaca format %3. Terbitkan ulang dengan versi ini.</translation>
    </message>
    <message>
        <source>%1: the project&apos;s layer list cannot be read (%2).</source>
        <translation>%1: daftar lapisan proyek tidak dapat dibaca (%2).</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>Proyek tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>pilar::ServerTransfer</name>
    <message>
        <source>Copying %1…</source>
        <translation>Menyalin %1…</translation>
    </message>
    <message>
        <source>GDAL cannot open %1 for the map layers (%2).</source>
        <translation>GDAL tidak dapat membuka %1 untuk lapisan peta (%2).</translation>
    </message>
    <message>
        <source>The map layer %1 could not be copied (%2).</source>
        <translation>Lapisan peta %1 tidak dapat disalin (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Pilar project with a master plan.</source>
        <translation>%1 bukan proyek Pilar yang berisi masterplan.</translation>
    </message>
    <message>
        <source>%1: file not found.</source>
        <translation>%1: berkas tidak ditemukan.</translation>
    </message>
    <message>
        <source>%1 was saved by another version of Pilar; open and save it in this Pilar first.</source>
        <translation>%1 disimpan oleh versi Pilar lain; buka dan simpan dulu di Pilar ini.</translation>
    </message>
    <message>
        <source>%1 already holds a master plan; push to an empty database, or pull the server&apos;s plan instead.</source>
        <translation>%1 sudah berisi masterplan; terbitkan ke basis data kosong, atau ambil (pull) rencana server.</translation>
    </message>
    <message>
        <source>Creating the tables on the server…</source>
        <translation>Membuat tabel di server…</translation>
    </message>
    <message>
        <source>published from %1</source>
        <translation>diterbitkan dari %1</translation>
    </message>
    <message>
        <source>Copying the map layers…</source>
        <translation>Menyalin lapisan peta…</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Diterbitkan.</translation>
    </message>
    <message>
        <source>%1 holds no master plan.</source>
        <translation>%1 tidak berisi masterplan.</translation>
    </message>
    <message>
        <source>%1: cannot write the file.</source>
        <translation>%1: berkas tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Disalin.</translation>
    </message>
</context>
<context>
    <name>pilar::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Pilar starts.</source>
        <translation>Bahasa baru berlaku saat Pilar dijalankan berikutnya.</translation>
    </message>
</context>
<context>
    <name>pilar::SqliteDatabase</name>
    <message>
        <source>cannot open the database</source>
        <translation>basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memori habis</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>the database could not run a query</source>
        <translation>basis data tidak dapat menjalankan kueri</translation>
    </message>
    <message>
        <source>the database could not be changed</source>
        <translation>basis data tidak dapat diubah</translation>
    </message>
    <message>
        <source>the database could not be read</source>
        <translation>basis data tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1: your role in this project is viewer; it does not allow changes</source>
        <translation>%1: peran Anda di proyek ini adalah pengamat; perubahan tidak diizinkan</translation>
    </message>
    <message>
        <source>%1: cannot write the file.</source>
        <translation>%1: berkas tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: berkas tidak dapat ditulis (%2).</translation>
    </message>
</context>
<context>
    <name>pilar::SymbolEditor</name>
    <message>
        <source>Fill colour</source>
        <translation>Warna isian</translation>
    </message>
    <message>
        <source>Stroke colour</source>
        <translation>Warna garis tepi</translation>
    </message>
    <message>
        <source>Stroke width (mm)</source>
        <translation>Tebal garis tepi (mm)</translation>
    </message>
    <message>
        <source>Marker shape</source>
        <translation>Bentuk penanda</translation>
    </message>
    <message>
        <source>Marker size (mm)</source>
        <translation>Ukuran penanda (mm)</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Lingkaran</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Persegi</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Segitiga</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Belah ketupat</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Silang</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Bintang</translation>
    </message>
</context>
<context>
    <name>pilar::SyncConflicts</name>
    <message>
        <source>changed in the office and in the field</source>
        <translation>diubah di kantor dan di lapangan</translation>
    </message>
    <message>
        <source>edited in the field, deleted in the office</source>
        <translation>diubah di lapangan, dihapus di kantor</translation>
    </message>
    <message>
        <source>deleted in the field, edited in the office</source>
        <translation>dihapus di lapangan, diubah di kantor</translation>
    </message>
    <message>
        <source>added in the field with a code already in use</source>
        <translation>ditambah di lapangan dengan kode yang sudah dipakai</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>(file, %1 kB)</source>
        <translation>(berkas, %1 kB)</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>Tidak ada konflik %1.</translation>
    </message>
    <message>
        <source>The conflict %1 was already resolved by %2.</source>
        <translation>Konflik %1 sudah diselesaikan oleh %2.</translation>
    </message>
    <message>
        <source>The conflict %1 names an unknown table %2.</source>
        <translation>Konflik %1 menyebut tabel tidak dikenal %2.</translation>
    </message>
    <message>
        <source>The field&apos;s row could not be added: %1</source>
        <translation>Baris dari lapangan tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <source>The row was deleted meanwhile; nothing to change.</source>
        <translation>Baris itu sudah dihapus; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A geometry cannot be typed; take the office&apos;s or the field&apos;s.</source>
        <translation>Geometri tidak dapat diketik; pilih milik kantor atau lapangan.</translation>
    </message>
    <message>
        <source>The row exists again; nothing to restore.</source>
        <translation>Baris itu sudah ada lagi; tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The code %1 is in use; give the field&apos;s row a code of its own.</source>
        <translation>Kode %1 sudah dipakai; beri baris dari lapangan kode tersendiri.</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Konflik tidak dapat diselesaikan: %1</translation>
    </message>
    <message>
        <source>%1 cannot decide conflicts: the role in this project is viewer.</source>
        <translation>%1 tidak dapat memutuskan konflik: perannya di proyek ini adalah pengamat.</translation>
    </message>
    <message>
        <source>refers to a row deleted in the office</source>
        <translation>merujuk ke baris yang dihapus di kantor</translation>
    </message>
    <message>
        <source>%1 no longer exists in the office; keep the office&apos;s version or choose a row that exists.</source>
        <translation>%1 sudah tidak ada di kantor; pertahankan versi kantor atau pilih baris yang ada.</translation>
    </message>
</context>
<context>
    <name>pilar::SyncOffice</name>
    <message>
        <source>%1: file not found.</source>
        <translation>%1: berkas tidak ditemukan.</translation>
    </message>
    <message>
        <source>%1 holds no master plan.</source>
        <translation>%1 tidak berisi masterplan.</translation>
    </message>
    <message>
        <source>%1 uses an older project format; open it in this Pilar once to upgrade it.</source>
        <translation>%1 memakai format proyek lama; buka sekali di Pilar ini untuk memperbaruinya.</translation>
    </message>
</context>
<context>
    <name>pilar::VectorStyleEditor</name>
    <message>
        <source>Show labels</source>
        <translation>Tampilkan label</translation>
    </message>
    <message>
        <source>White halo around the text</source>
        <translation>Halo putih di sekeliling teks</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Tebal</translation>
    </message>
    <message>
        <source>Single symbol</source>
        <translation>Simbol tunggal</translation>
    </message>
    <message>
        <source>Categorized by a field</source>
        <translation>Kategori menurut kolom</translation>
    </message>
    <message>
        <source>Graduated by a number field</source>
        <translation>Bergradasi menurut kolom angka</translation>
    </message>
    <message>
        <source>Equal interval</source>
        <translation>Interval sama</translation>
    </message>
    <message>
        <source>Quantile (equal count)</source>
        <translation>Kuantil (jumlah sama)</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Jeda alami (Jenks)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Classify</source>
        <translation>&amp;Klasifikasikan</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Gradasi warna</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Simbol</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text from field</source>
        <translation>Teks dari kolom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Gaya</translation>
    </message>
    <message>
        <source>Class Colour</source>
        <translation>Warna Kelas</translation>
    </message>
</context>
<context>
    <name>pilar::WelcomeDialog</name>
    <message>
        <source>Pilar project (*.gpkg)</source>
        <translation>Proyek Pilar (*.gpkg)</translation>
    </message>
    <message>
        <source>Welcome to Pilar</source>
        <translation>Selamat datang di Pilar</translation>
    </message>
    <message>
        <source>Plan and track the smart-city master plan of Kabupaten Purbalingga on the map: programmes per pillar and stage, the ICT assets, progress toward the targets, reports, and field work.</source>
        <translation>Rencanakan dan pantau masterplan smart city Kabupaten Purbalingga di peta: program per pilar dan tahapan, aset TIK, kemajuan menuju target, laporan, dan kerja lapangan.</translation>
    </message>
    <message>
        <source>Open the Purbalingga demo project</source>
        <translation>Buka proyek demo Purbalingga</translation>
    </message>
    <message>
        <source>The real regency, its 18 kecamatan and 239 desa, and a SAMPLE master plan to try everything safely.</source>
        <translation>Wilayah kabupaten yang sebenarnya, 18 kecamatan dan 239 desanya, dan masterplan SAMPEL untuk mencoba semuanya dengan aman.</translation>
    </message>
    <message>
        <source>New project from the regency boundaries…</source>
        <translation>Proyek baru dari batas wilayah kabupaten…</translation>
    </message>
    <message>
        <source>Kecamatan and desa boundaries, the six pillars and two stages, and an empty master plan.</source>
        <translation>Batas kecamatan dan desa, enam pilar dan dua tahapan, dan masterplan kosong.</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Buka proyek…</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>Belum ada proyek terakhir.</translation>
    </message>
    <message>
        <source>Recent projects (double-click to open):</source>
        <translation>Proyek terakhir (klik ganda untuk membuka):</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Di mana data Anda disimpan</translation>
    </message>
    <message>
        <source>A project is one file (.gpkg) wherever you save it: the map layers, the master plan, progress and the audit log travel together, and QGIS opens it too. Settings and the recent list: %1. The demo&apos;s copy: %2.</source>
        <translation>Satu proyek adalah satu berkas (.gpkg) di mana pun Anda menyimpannya: lapisan peta, masterplan, kemajuan dan log audit ada bersama, dan QGIS juga dapat membukanya. Pengaturan dan daftar proyek terakhir: %1. Salinan demo: %2.</translation>
    </message>
    <message>
        <source>Show this screen at every start</source>
        <translation>Tampilkan layar ini setiap kali mulai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
</TS>
